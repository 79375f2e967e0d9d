namespace ResourceMonitor.Edge.Inputs;

/// <summary>Why a local message (or one mapping's value of it) yielded no reading: a reason code for the metric and the text.</summary>
/// <param name="Code">One of <see cref="RejectionCodes"/>.</param>
/// <param name="Text">The reason in words, naming the mapping and the meter.</param>
public sealed record MappingRejection(string Code, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
