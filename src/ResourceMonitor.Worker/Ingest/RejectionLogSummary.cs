using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Rejections in the log as one Warning per reason per interval, with the count and the first example (topic, batch and
/// detail, escaped by <see cref="LogText"/>), instead of one line per rejected message: a flood of bad messages costs a
/// few log lines, not a log line each. Counts per message remain exact in <c>rm_readings_rejected</c>. Thread-safe.
/// </summary>
internal sealed class RejectionLogSummary : IDisposable
{
    private readonly Dictionary<RejectReason, (int Count, string Topic, string BatchId, string Example)> _pending = [];
    private readonly Lock _lock = new();
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly ITimer _timer;

    public RejectionLogSummary(TimeSpan interval, TimeProvider time, ILogger logger)
    {
        _interval = interval;
        _logger = logger;
        _timer = time.CreateTimer(_ => Flush(), null, interval, interval);
    }

    /// <summary>Counts the rejections of one message on <paramref name="topic"/>.</summary>
    public void Add(string topic, string? batchId, IReadOnlyList<Rejection> rejections)
    {
        lock (_lock)
        {
            foreach (var rejection in rejections)
            {
                _pending[rejection.Reason] = _pending.TryGetValue(rejection.Reason, out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : (1, topic, batchId ?? "-", rejection.ToString());
            }
        }
    }

    /// <summary>Logs one line per reason seen since the last flush (the timer calls it; shutdown calls it once more).</summary>
    public void Flush()
    {
        KeyValuePair<RejectReason, (int Count, string Topic, string BatchId, string Example)>[] lines;
        lock (_lock)
        {
            lines = [.. _pending];
            _pending.Clear();
        }

        foreach (var (reason, seen) in lines.OrderBy(l => l.Key.Code(), StringComparer.Ordinal))
        {
            IngestLog.Rejected(_logger, seen.Count, reason.Code(), _interval, LogText.Escape(seen.Topic), LogText.Escape(seen.BatchId), LogText.Escape(seen.Example));
        }
    }

    public void Dispose() => _timer.Dispose();
}
