using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>The worker's v1 reading-batch decoder: a refusal with one reason, or readings (and per-reading refusals with reasons) the contract takes back unchanged.</summary>
public sealed class ReadingBatchTarget : IFuzzTarget
{
    private readonly ReadingBatchCodec _codec = new();

    /// <inheritdoc />
    public string Name => "reading-batch";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        var result = _codec.Decode(input);
        foreach (var rejection in result.Rejections)
        {
            Invariant.HasReason(rejection);
        }

        if (result.IsRejected)
        {
            Invariant.That(result.Rejections.Count == 1, "a refused batch carries exactly one reason");
            return;
        }

        Invariant.That(result.Positions.Count == result.Batch!.Readings.Count, "every decoded reading has its position in the payload");
        Invariant.ContractAccepts(result.Batch.Readings);
    }
}
