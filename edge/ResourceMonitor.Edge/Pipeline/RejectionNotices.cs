using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Edge.Diagnostics;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>
/// Every rejection of the agent (a payload a format refused, a value the normaliser refused): counted, logged per reason per
/// <see cref="EdgeOptions.RejectionLogInterval"/> (<see cref="RejectionLogSummary"/>, events 9330/9331), and queued for the local
/// <c>rejected</c> topic. The queue is bounded; a notice that does not fit is counted (the rejection itself is already counted),
/// so a flood of bad payloads never blocks good ones nor floods the log.
/// </summary>
public sealed class RejectionNotices : IDisposable
{
    private readonly Channel<RejectionNotice> _channel = Channel.CreateBounded<RejectionNotice>(1000);
    private readonly EdgeMetrics _metrics;
    private readonly RejectionLogSummary _log;

    /// <summary>A queue reporting drops to <paramref name="metrics"/> and summarising rejections in <paramref name="logger"/>.</summary>
    public RejectionNotices(EdgeMetrics metrics, IOptions<EdgeOptions> options, TimeProvider time, ILogger<RejectionNotices> logger)
    {
        _metrics = metrics;
        _log = new RejectionLogSummary(options.Value.RejectionLogInterval, time, logger);
    }

    /// <summary>The notices to publish.</summary>
    public ChannelReader<RejectionNotice> Reader => _channel.Reader;

    /// <summary>Counts the rejection under <paramref name="code"/>, adds it to the log summary and queues a notice; counts the notice when the queue is full.</summary>
    public void Report(string source, string reason, string code)
    {
        _metrics.Rejected(code);
        _log.Add(code, source, reason);
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

    /// <summary>Logs what the summary still holds (at shutdown) and stops its timer.</summary>
    public void Dispose()
    {
        _log.Flush();
        _log.Dispose();
    }
}
