using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>A rejection notice waiting for <see cref="RejectionReporter"/>: where it is published and whose it is.</summary>
internal sealed record QueuedRejectionNotice(string Topic, string Park, string Plant, RejectionNotice Notice)
{
    public IEnumerable<RejectReason> Reasons => Notice.Rejections.Select(r => r.Reason).Distinct();
}
