namespace ResourceMonitor.Domain.Exchanges;

/// <summary>Where a licence or permit stands.</summary>
public enum LicenceStatus
{
    /// <summary>Needed, not applied for.</summary>
    None,
    /// <summary>Applied for, not granted yet.</summary>
    Applied,
    /// <summary>Granted (valid until its expiry, if it has one).</summary>
    Granted,
    /// <summary>Expired (recorded so, or granted with an expiry that has passed).</summary>
    Expired,
}
