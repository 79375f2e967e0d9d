using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Counts, logs and publishes rejections on <c>rm/v1/{park}/{plant}/rejected</c> (QoS 1) and stores them as measurement
/// <c>rejection</c> for the dashboards, from its own bounded channel so a
/// slow publish never holds the pipeline for longer than the channel is deep.
/// </summary>
internal sealed class RejectionReporter : BackgroundService
{
    private readonly Channel<(string Topic, RejectionNotice Notice)> _notices;
    private readonly IParkPublisher _publisher;
    private readonly IPointSink _points;
    private readonly RejectionPoint _rejectionPoints = new();
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _progress;
    private readonly ILogger<RejectionReporter> _logger;

    public RejectionReporter(IParkPublisher publisher, IPointSink points, WorkerMetrics metrics, TimeProvider time, StageSupervisor supervisor, StageRegistry stages, ILogger<RejectionReporter> logger)
    {
        _supervisor = supervisor;
        _progress = stages.Register(StageNames.Rejections);
        _publisher = publisher;
        _points = points;
        _metrics = metrics;
        _time = time;
        _logger = logger;
        _notices = Channel.CreateBounded<(string, RejectionNotice)>(new BoundedChannelOptions(10_000)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <summary>Reports <paramref name="rejections"/> of the message on <paramref name="topic"/>.</summary>
    public async ValueTask ReportAsync(Admission admission, IReadOnlyList<Rejection> rejections, int accepted, CancellationToken cancellationToken)
    {
        foreach (var rejection in rejections)
        {
            _metrics.Rejected(rejection.Reason);
        }

        IngestLog.Rejected(_logger, admission.Topic, admission.BatchId ?? "-", rejections.Count, rejections[0].ToString());
        if (admission.Park is null || admission.Plant is null)
        {
            return;
        }

        var notice = new RejectionNotice(admission.Topic, admission.BatchId, admission.Agent, _time.GetUtcNow(), rejections, accepted);
        _progress.Received();
        await _notices.Writer.WriteAsync((Topics.Rejected(admission.Park, admission.Plant), notice), cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Rejections, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (topic, notice) in _notices.Reader.ReadAllAsync(stoppingToken))
            {
                await _publisher.PublishAsync(topic, RejectionNoticeCodec.Encode(notice), retain: false, stoppingToken);
                if (Topics.TryParsePlantTopic(topic, out var plantTopic))
                {
                    await _points.WriteAsync(_rejectionPoints.Create(plantTopic.Park, plantTopic.Plant, notice).ToArray(), stoppingToken);
                }

                _progress.Completed();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Notices still queued are lost with the process; the counts and logs already have them.
        }
    }
}
