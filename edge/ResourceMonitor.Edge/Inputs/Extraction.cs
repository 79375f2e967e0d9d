namespace ResourceMonitor.Edge.Inputs;

/// <summary>What a format read from one payload for one mapping: a value (with the meter's time if it sent one), nothing, or a rejection.</summary>
/// <param name="Status">Whether a value was found.</param>
/// <param name="Value">The value in the mapping's source unit.</param>
/// <param name="Timestamp">The meter's own time, when the payload carries one.</param>
/// <param name="Reason">Why nothing was read, when rejected.</param>
public sealed record Extraction(ExtractionStatus Status, double Value, DateTimeOffset? Timestamp, string Reason)
{
    /// <summary>A value, with the meter's time when known.</summary>
    public static Extraction Found(double value, DateTimeOffset? timestamp) => new(ExtractionStatus.Found, value, timestamp, string.Empty);

    /// <summary>The payload is fine but does not carry this mapping's field (partial status updates).</summary>
    public static Extraction Absent(string reason) => new(ExtractionStatus.Absent, 0, null, reason);

    /// <summary>The device sent a placeholder instead of a value (a gap, rejected as <c>sentinel</c>).</summary>
    public static Extraction Placeholder(string reason) => new(ExtractionStatus.Placeholder, 0, null, reason);

    /// <summary>The payload cannot be read.</summary>
    public static Extraction Rejected(string reason) => new(ExtractionStatus.Rejected, 0, null, reason);
}
