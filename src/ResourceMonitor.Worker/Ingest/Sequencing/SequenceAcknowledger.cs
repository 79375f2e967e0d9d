using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>
/// Publishes the end-to-end acknowledgements: every <see cref="IngestOptions.AcknowledgementInterval"/>, the marks of the agent
/// logs that completed batches since the last tick are first saved (so an acknowledged number is never forgotten by a
/// restart), then published retained on <c>rm/v1/{park}/{plant}/ack</c>. One publish per active agent per tick, however many
/// batches it sent. Saves once more on shutdown.
/// </summary>
internal sealed class SequenceAcknowledger : BackgroundService
{
    private readonly SequenceTracker _tracker;
    private readonly SequenceMarksFile _file;
    private readonly IParkPublisher _publisher;
    private readonly IngestOptions _options;
    private readonly WorkerMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<SequenceAcknowledger> _logger;

    public SequenceAcknowledger(SequenceTracker tracker, SequenceMarksFile file, IParkPublisher publisher, IOptions<IngestOptions> options, WorkerMetrics metrics, TimeProvider time, ILogger<SequenceAcknowledger> logger)
    {
        _tracker = tracker;
        _file = file;
        _publisher = publisher;
        _options = options.Value;
        _metrics = metrics;
        _time = time;
        _logger = logger;
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        TrySave();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.AcknowledgementInterval, _time);
        IReadOnlyList<SequenceMark> unsaved = [];
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            unsaved = [.. unsaved, .. _tracker.TakeChanged()];
            if (unsaved.Count == 0 || !TrySave())
            {
                continue;
            }

            var marks = unsaved.GroupBy(m => m.Log).Select(g => g.MaxBy(m => m.Mark)!).ToList();
            unsaved = [];
            foreach (var mark in marks)
            {
                await PublishAsync(mark, stoppingToken);
            }
        }
    }

    private bool TrySave()
    {
        try
        {
            _file.Save(_tracker.Snapshot());
            return true;
        }
        catch (IOException ex)
        {
            SequencingLog.SaveFailed(_logger, ex, _file.Path);
            return false;
        }
        catch (UnauthorizedAccessException ex)
        {
            SequencingLog.SaveFailed(_logger, ex, _file.Path);
            return false;
        }
    }

    private async Task PublishAsync(SequenceMark mark, CancellationToken cancellationToken)
    {
        var log = mark.Log;
        var payload = AcknowledgementCodec.Encode(new Acknowledgement(log.Agent, log.Log, mark.Mark, _time.GetUtcNow()));
        await _publisher.PublishAsync(Topics.Ack(log.Park, log.Plant), payload, retain: true, cancellationToken);
        _metrics.AckPublished();
    }
}
