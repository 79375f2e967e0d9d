using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Edge.Normalisation;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>
/// The map → normalise → buffer stage: drains what is queued, normalises it, appends it to the disk buffer in one group commit,
/// and only then acknowledges the local messages (so a crash before the fsync leaves them with the local broker). Room in the
/// buffer is checked before an item is normalised: an item that does not fit is refused whole (it and everything after it in
/// the group), never acknowledged, and left to its input (the local broker keeps the message and redelivers it), so the
/// normaliser never remembers a reading the buffer did not keep. Supervised as stage <c>edge.ingest</c>: a fault stops the
/// agent non-zero (the items in hand are neither buffered nor acknowledged; a fresh process gets them again from the local broker).
/// </summary>
public sealed partial class IngestPipeline : BackgroundService
{
    private const int MaxGroup = 1000;

    private readonly IngestQueue _queue;
    private readonly Normaliser _normaliser;
    private readonly ReadingLog _log;
    private readonly RejectionNotices _rejections;
    private readonly EdgeMetrics _metrics;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _ingested;
    private readonly StageProgress _forwarding;
    private readonly ILogger<IngestPipeline> _logger;

    /// <summary>The pipeline stage.</summary>
    public IngestPipeline(IngestQueue queue, Normaliser normaliser, ReadingLog log, RejectionNotices rejections, EdgeMetrics metrics,
        StageSupervisor supervisor, StageRegistry stages, ILogger<IngestPipeline> logger)
    {
        _supervisor = supervisor;
        _ingested = stages.Register(EdgeStageNames.Ingest);
        _forwarding = stages.Register(EdgeStageNames.Forwarder);
        _queue = queue;
        _normaliser = normaliser;
        _log = log;
        _rejections = rejections;
        _metrics = metrics;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.Ingest, StageFailurePolicy.StopHost, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        var group = new List<IngestItem>(MaxGroup);
        var refused = new List<IngestItem>();
        var readings = new List<Reading>(MaxGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                group.Clear();
                refused.Clear();
                readings.Clear();
                var room = _log.FreeBytes;
                while (group.Count + refused.Count < MaxGroup && _queue.Reader.TryRead(out var item))
                {
                    if (item.IsStale?.Invoke() == true)
                    {
                        continue;
                    }

                    var size = item.Values.Sum(v => (long)ReadingRecord.MaxSize(v.Binding.Meter, v.Binding.Conversion.CanonicalUnit));
                    if (refused.Count > 0 || size > room)
                    {
                        // Refuse from the first item that does not fit on, so nothing is buffered out of order.
                        refused.Add(item);
                        continue;
                    }

                    room -= size;
                    group.Add(item);
                    _ingested.Received();
                    Normalise(item, readings);
                }

                var outcome = _log.Append(readings);
                var refusedReadings = refused.Sum(i => i.Values.Count);
                _log.CountRefused(refusedReadings);
                _metrics.Appended(outcome with { Refused = outcome.Refused + refusedReadings });

                // After the readings are durable: the saved counter state is never ahead of the buffer.
                _normaliser.Persist();
                _forwarding.Received(outcome.Appended);
                foreach (var item in refused)
                {
                    item.Refuse?.Invoke();
                }
                foreach (var item in group.Where(i => i.Acknowledge is not null))
                {
                    await Acknowledge(item, stoppingToken);
                }

                _ingested.Completed(group.Count);
            }
        }
        finally
        {
            _normaliser.Persist(now: true);
        }
    }

    private void Normalise(IngestItem item, List<Reading> into)
    {
        var duplicates = 0;
        foreach (var value in item.Values)
        {
            var outcome = NormaliseOne(item, value);
            switch (outcome.Status)
            {
                case NormalisedStatus.Accepted:
                    into.Add(outcome.Reading!);
                    break;
                case NormalisedStatus.Duplicate:
                    duplicates++;
                    break;
                default:
                    _rejections.Report(item.Source, $"meter {value.Binding.Meter}: {outcome.Reason}", Inputs.RejectionCodes.Normalisation);
                    break;
            }
        }

        _metrics.Duplicates(duplicates);
    }

    /// <summary>
    /// The per-reading boundary (DESIGN §7): a normaliser that throws on one value (a bug) rejects that value with a reason,
    /// counted and reported like any rejection and logged at Error, and the item's other values and every later item go on.
    /// </summary>
    private NormalisedOutcome NormaliseOne(IngestItem item, MeterValue value)
    {
        try
        {
            return _normaliser.Normalise(value);
        }
        catch (Exception ex)
        {
            LogNormaliserFailed(_logger, ex, value.Binding.Meter, item.Source);
            return new NormalisedOutcome(NormalisedStatus.Rejected, null, $"normalisation failed on this value ({ex.GetType().Name}: {ex.Message}); edge log event 3202");
        }
    }

    private async Task Acknowledge(IngestItem item, CancellationToken cancellationToken)
    {
        try
        {
            await item.Acknowledge!(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The local broker will redeliver; the readings are already durable, and exact duplicates are dropped.
            LogAckFailed(_logger, LogText.Escape(item.Source), ex.Message);
        }
    }

    [LoggerMessage(EventId = 3202, Level = LogLevel.Error, Message = "Normalising a value of meter {Meter} from {Source} failed (a bug); the value is rejected and the agent goes on")]
    private static partial void LogNormaliserFailed(ILogger logger, Exception exception, string meter, string source);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Could not acknowledge a local message from {Source}: {Reason}")]
    private static partial void LogAckFailed(ILogger logger, string source, string reason);
}
