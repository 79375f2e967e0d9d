using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Reports rejections without ever holding up admission: <see cref="Report"/> counts them at once
/// (<c>rm_readings_rejected</c>), adds them to the per-reason log summary, and queues a notice without waiting; a full
/// queue drops the notice and counts it (<c>rm_rejection_notices_dropped</c>, stage <c>queue_full</c>). The loop sends
/// queued notices in batches: publishes on <c>rm/v1/{park}/{plant}/rejected</c> (QoS 1) all at once and stores them as
/// measurement <c>rejection</c> in one write. On shutdown it flushes the queue within <c>Ingest:RejectionFlushTimeout</c>.
/// </summary>
internal sealed class RejectionReporter : BackgroundService
{
    /// <summary>Notices per send: one InfluxDB write and this many publishes in flight at most.</summary>
    private const int MaxBatch = 500;

    private readonly Channel<QueuedRejectionNotice> _notices;
    private readonly IParkPublisher _publisher;
    private readonly IPointSink _points;
    private readonly RejectionPoint _rejectionPoints = new();
    private readonly RejectionLogSummary _log;
    private readonly IngestOptions _options;
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _progress;
    private readonly ILogger<RejectionReporter> _logger;

    public RejectionReporter(IParkPublisher publisher, IPointSink points, IOptions<IngestOptions> options, WorkerMetrics metrics, TimeProvider time,
        StageSupervisor supervisor, StageRegistry stages, ILogger<RejectionReporter> logger)
    {
        _supervisor = supervisor;
        _progress = stages.Register(StageNames.Rejections);
        _publisher = publisher;
        _points = points;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _log = new RejectionLogSummary(_options.RejectionLogInterval, time, logger);
        _notices = Channel.CreateBounded<QueuedRejectionNotice>(new BoundedChannelOptions(_options.RejectionNoticeCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // TryWrite on a full queue fails (counted below) instead of dropping silently
            SingleReader = true,
        });
        _metrics.Meter.CreateObservableGauge("rm_rejection_notices_queued", () => _notices.Reader.Count, description: "Rejection notices waiting to be published and stored");
    }

    /// <summary>Notices waiting to be sent.</summary>
    public int QueuedNotices => _notices.Reader.Count;

    /// <summary>Reports <paramref name="rejections"/> of <paramref name="admission"/>'s message; never waits.</summary>
    public void Report(Admission admission, IReadOnlyList<Rejection> rejections, int accepted)
    {
        var source = admission.BatchId is null ? admission.Topic : $"{admission.Topic} (batch {admission.BatchId})";
        foreach (var rejection in rejections)
        {
            _metrics.Rejected(rejection.Reason);
            _log.Add(rejection.Reason.Code(), source, rejection.ToString());
        }

        if (admission.Park is null || admission.Plant is null)
        {
            return;
        }

        var notice = new RejectionNotice(admission.Topic, admission.BatchId, admission.Agent, _time.GetUtcNow(), rejections, accepted);
        var (park, plant) = RejectionPoint.Tags(admission.Park, admission.Plant, rejections);
        var queued = new QueuedRejectionNotice(Topics.Rejected(admission.Park, admission.Plant), park, plant, notice);
        _progress.Received();
        if (!_notices.Writer.TryWrite(queued))
        {
            _metrics.RejectionNoticesDropped(queued.Reasons, "queue_full");
            _progress.Completed();
        }
    }

    public override void Dispose()
    {
        _log.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Rejections, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        // Sends are cancelled only once the flush deadline after the stop has passed: a send in flight at the stop finishes.
        using var deadline = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        await using var flushClock = stoppingToken.Register(() => deadline.CancelAfter(_options.RejectionFlushTimeout));
        var batch = new List<QueuedRejectionNotice>(MaxBatch);
        try
        {
            while (await _notices.Reader.WaitToReadAsync(stoppingToken))
            {
                await SendAsync(Take(batch), deadline.Token);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: flush below.
        }

        _notices.Writer.TryComplete();
        while (Take(batch).Count > 0)
        {
            await SendAsync(batch, deadline.Token);
        }

        _log.Flush();
    }

    private List<QueuedRejectionNotice> Take(List<QueuedRejectionNotice> batch)
    {
        batch.Clear();
        while (batch.Count < MaxBatch && _notices.Reader.TryRead(out var notice))
        {
            batch.Add(notice);
        }

        return batch;
    }

    /// <summary>Publishes every notice of <paramref name="batch"/> at once and stores them all in one write; what fails is counted as dropped.</summary>
    private async Task SendAsync(IReadOnlyList<QueuedRejectionNotice> batch, CancellationToken cancellationToken)
    {
        var publishing = Task.WhenAll(batch.Select(n => _publisher.PublishAsync(n.Topic, RejectionNoticeCodec.Encode(n.Notice), retain: false, cancellationToken)));
        var points = batch.SelectMany(n => _rejectionPoints.Create(n.Park, n.Plant, n.Notice)).ToArray();
        var storing = _points.WriteAsync(points, cancellationToken);
        await CountFailureAsync(publishing, batch, "unpublished");
        await CountFailureAsync(storing, batch, "unstored");
        _progress.Completed(batch.Count);
    }

    private async Task CountFailureAsync(Task sending, IReadOnlyList<QueuedRejectionNotice> batch, string stage)
    {
        try
        {
            await sending;
        }
        catch (Exception ex)
        {
            // Publishes retry until the broker takes them, so only the flush deadline (or a faulted writer) ends here.
            // Counting per batch is exact for the store (one write) and an upper bound for publishes cut by the deadline.
            _metrics.RejectionNoticesDropped(batch.SelectMany(n => n.Reasons), stage);
            IngestLog.RejectionNoticesDropped(_logger, batch.Count, stage, ex.GetType().Name);
        }
    }
}
