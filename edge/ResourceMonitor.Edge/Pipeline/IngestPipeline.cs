using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>
/// The map → normalise → buffer stage: drains what is queued, normalises it, appends it to the disk buffer in one group commit,
/// and only then acknowledges the local messages (so a crash before the fsync leaves them with the local broker).
/// </summary>
public sealed partial class IngestPipeline : BackgroundService
{
    private const int MaxGroup = 1000;

    private readonly IngestQueue _queue;
    private readonly Normaliser _normaliser;
    private readonly ReadingLog _log;
    private readonly RejectionNotices _rejections;
    private readonly EdgeMetrics _metrics;
    private readonly ILogger<IngestPipeline> _logger;

    /// <summary>The pipeline stage.</summary>
    public IngestPipeline(IngestQueue queue, Normaliser normaliser, ReadingLog log, RejectionNotices rejections, EdgeMetrics metrics, ILogger<IngestPipeline> logger)
    {
        _queue = queue;
        _normaliser = normaliser;
        _log = log;
        _rejections = rejections;
        _metrics = metrics;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<IngestItem>(MaxGroup);
        var readings = new List<Reading>(MaxGroup);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                group.Clear();
                readings.Clear();
                while (group.Count < MaxGroup && _queue.Reader.TryRead(out var item))
                {
                    group.Add(item);
                    Normalise(item, readings);
                }

                var outcome = _log.Append(readings);
                _metrics.Appended(outcome);

                // After the readings are durable: the saved counter state is never ahead of the buffer.
                _normaliser.Persist();
                foreach (var item in group.Where(i => i.Acknowledge is not null))
                {
                    await Acknowledge(item, stoppingToken);
                }
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
            var outcome = _normaliser.Normalise(value);
            switch (outcome.Status)
            {
                case NormalisedStatus.Accepted:
                    into.Add(outcome.Reading!);
                    break;
                case NormalisedStatus.Duplicate:
                    duplicates++;
                    break;
                default:
                    LogRejected(_logger, item.Source, value.Binding.Meter, outcome.Reason);
                    _rejections.Report(item.Source, $"meter {value.Binding.Meter}: {outcome.Reason}");
                    break;
            }
        }

        _metrics.Duplicates(duplicates);
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
            LogAckFailed(_logger, item.Source, ex.Message);
        }
    }

    [LoggerMessage(EventId = 3200, Level = LogLevel.Warning, Message = "Rejected a value from {Source} for meter {Meter}: {Reason}")]
    private static partial void LogRejected(ILogger logger, string source, string meter, string reason);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Could not acknowledge a local message from {Source}: {Reason}")]
    private static partial void LogAckFailed(ILogger logger, string source, string reason);
}
