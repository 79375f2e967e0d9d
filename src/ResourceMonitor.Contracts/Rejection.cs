namespace ResourceMonitor.Contracts;

/// <summary>One reason a message, or one reading inside it, was refused.</summary>
/// <param name="Reason">The reason code.</param>
/// <param name="Detail">A sentence a person can act on, naming the field and the value.</param>
/// <param name="Path">Where in the payload, as a JSON path (<c>$.readings[3].unit</c>), or null for the whole message.</param>
public sealed record Rejection(RejectReason Reason, string Detail, string? Path = null)
{
    /// <inheritdoc />
    public override string ToString() => Path is null ? $"{Reason.Code()}: {Detail}" : $"{Reason.Code()} at {Path}: {Detail}";
}
