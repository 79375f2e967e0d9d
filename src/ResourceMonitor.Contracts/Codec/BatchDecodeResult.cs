namespace ResourceMonitor.Contracts.Codec;

/// <summary>
/// The outcome of decoding a reading batch. A structurally broken message has no <see cref="Batch"/>; otherwise the
/// batch holds the readings that passed and <see cref="Rejections"/> names each reading that did not, so one bad
/// reading never costs the good ones around it.
/// </summary>
public sealed record BatchDecodeResult(ReadingBatch? Batch, IReadOnlyList<Rejection> Rejections)
{
    /// <summary>
    /// For each reading of <see cref="ReadingBatch.Readings"/>, its index in the payload's readings array (a reading refused by
    /// the codec leaves a hole), so a sequenced batch's reading i has sequence number <c>First + Positions[i]</c>.
    /// </summary>
    public IReadOnlyList<int> Positions { get; init; } = [];

    /// <summary>True when the whole message was refused.</summary>
    public bool IsRejected => Batch is null;

    /// <summary>A refusal of the whole message.</summary>
    public static BatchDecodeResult Refused(Rejection rejection) => new(null, [rejection]);
}
