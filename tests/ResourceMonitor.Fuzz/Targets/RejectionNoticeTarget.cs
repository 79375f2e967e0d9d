using System.Buffers;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>The edge's decoder of the worker's rejection notices: a notice, or a refusal with its reason.</summary>
public sealed class RejectionNoticeTarget : IFuzzTarget
{
    /// <inheritdoc />
    public string Name => "rejection-notice";

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        var notice = RejectionNoticeCodec.Decode(new ReadOnlySequence<byte>(input), out var rejection);
        Invariant.DecodedOrRefused(notice, rejection, "rejection notice");
        foreach (var carried in notice?.Rejections ?? [])
        {
            Invariant.HasReason(carried);
        }
    }
}
