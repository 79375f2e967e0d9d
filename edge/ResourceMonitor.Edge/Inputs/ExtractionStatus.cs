namespace ResourceMonitor.Edge.Inputs;

/// <summary>The outcome of reading one mapping's value from a payload.</summary>
public enum ExtractionStatus
{
    /// <summary>A value was read.</summary>
    Found,

    /// <summary>The payload is valid but carries no value for this mapping (e.g. a Shelly status about another component).</summary>
    Absent,

    /// <summary>The payload is malformed or the value is not a number.</summary>
    Rejected,

    /// <summary>The device sent a placeholder instead of a value (<c>nan</c>, <c>unavailable</c>): a gap, rejected as <c>sentinel</c>.</summary>
    Placeholder,
}
