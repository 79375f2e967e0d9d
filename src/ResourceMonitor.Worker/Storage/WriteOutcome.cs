namespace ResourceMonitor.Worker.Storage;

/// <summary>The three ways a write to InfluxDB ends (docs/storage.md has the table).</summary>
public enum WriteOutcomeKind
{
    /// <summary>InfluxDB took every point (2xx).</summary>
    Accepted,

    /// <summary>Permanent: InfluxDB refused the content (400, 422); retrying the same lines cannot help.</summary>
    Rejected,

    /// <summary>The request body is too large (413): split and write the halves.</summary>
    TooLarge,

    /// <summary>Transient: 429, 5xx, timeout (a hanging InfluxDB), connection refused. The lines must be kept (spooled).</summary>
    Kept,
}

/// <summary>How one write request ended, with InfluxDB's reason when it did not accept.</summary>
/// <param name="Kind">Accepted, rejected, too large or kept.</param>
/// <param name="Reason">InfluxDB's or the network's reason when it did not accept.</param>
/// <param name="RetryAfter">InfluxDB's Retry-After (429, 503): the writer waits at least this long before its next attempt.</param>
/// <param name="TimedOut">
/// Kept because no answer came within <c>Storage:RequestTimeout</c>: InfluxDB may be busy with (and may even have stored)
/// a request too large for it to answer in time, so the spool drain asks with smaller requests.
/// </param>
public sealed record WriteOutcome(WriteOutcomeKind Kind, string? Reason = null, TimeSpan? RetryAfter = null, bool TimedOut = false)
{
    /// <summary>Accepted.</summary>
    public static WriteOutcome Accepted { get; } = new(WriteOutcomeKind.Accepted);
}
