namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>Whether a detector knows its meter's rate now; anything but <see cref="Live"/> keeps its switch off.</summary>
public enum DetectorCondition
{
    /// <summary>No reading yet.</summary>
    NoData,
    /// <summary>Heard from within <see cref="DetectionSettings.StaleAfter"/>.</summary>
    Live,
    /// <summary>Silent for longer than <see cref="DetectionSettings.StaleAfter"/>: the rate is unknown, not zero.</summary>
    Stale,
    /// <summary>The plant's edge agent reported itself offline (or its Last Will did).</summary>
    Offline,
}
