using System.Threading.Channels;
using ResourceMonitor.Edge.Diagnostics;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>
/// Rejections waiting to be published on the local <c>rejected</c> topic. Bounded; a notice that does not fit is counted
/// (the rejection itself is already logged and counted), so a flood of bad payloads never blocks good ones.
/// </summary>
public sealed class RejectionNotices
{
    private readonly Channel<RejectionNotice> _channel = Channel.CreateBounded<RejectionNotice>(1000);
    private readonly EdgeMetrics _metrics;

    /// <summary>A queue reporting drops to <paramref name="metrics"/>.</summary>
    public RejectionNotices(EdgeMetrics metrics) => _metrics = metrics;

    /// <summary>The notices to publish.</summary>
    public ChannelReader<RejectionNotice> Reader => _channel.Reader;

    /// <summary>Counts the rejection under <paramref name="code"/> and queues a notice; counts the notice when the queue is full.</summary>
    public void Report(string source, string reason, string code)
    {
        _metrics.Rejected(code);
        Queue(source, reason, code);
    }

    /// <summary>Queues a notice for a message no mapping took (reason prefixed <c>unmapped: </c>, code <c>unmapped</c>), counted apart from rejections.</summary>
    public void ReportUnmapped(string source, string reason)
    {
        _metrics.Unmapped();
        Queue(source, "unmapped: " + reason, Inputs.RejectionCodes.Unmapped);
    }

    private void Queue(string source, string reason, string code)
    {
        if (!_channel.Writer.TryWrite(new RejectionNotice(source, reason, code)))
        {
            _metrics.NoticeDropped();
        }
    }
}
