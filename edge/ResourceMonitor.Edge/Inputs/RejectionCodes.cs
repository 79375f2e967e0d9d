namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// The edge's rejection reason codes: the <c>reason</c> tag of <c>edge.messages.rejected</c> and the <c>code</c> of a local
/// rejection notice (docs/edge/operations.md).
/// </summary>
public static class RejectionCodes
{
    /// <summary>A message no mapping took (no mapping matches the topic, its Match fields differ, none of the mapped fields): counted in <c>edge.messages.unmapped</c>, not as a rejection.</summary>
    public const string Unmapped = "unmapped";

    /// <summary>The payload or the mapped field cannot be read as a number (malformed JSON, a string, a missing field).</summary>
    public const string Unreadable = "unreadable";

    /// <summary>The device sent a placeholder instead of a measurement (a built-in or configured sentinel, <c>nan</c>): a gap.</summary>
    public const string Sentinel = "sentinel";

    /// <summary>The format failed on the payload (a bug, logged at Error, event 3410).</summary>
    public const string FormatFailed = "format_failed";

    /// <summary>Normalisation refused the value (timestamp outside the window, negative counter, not finite after conversion).</summary>
    public const string Normalisation = "normalisation";
}
