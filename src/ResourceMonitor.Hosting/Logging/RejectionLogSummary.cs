using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Hosting.Logging;

/// <summary>
/// Rejections in the log per reason per interval instead of one line per rejected message, for the worker and the edge
/// agent alike: the first rejection of a reason is logged at once (event 9330, with its source and example), the others of
/// that reason within the interval are counted and logged as one line when it ends (event 9331, with the count and the
/// first of them as example). A reason that stays quiet for a whole interval is logged at once again next time. So a flood
/// of bad messages costs at most two lines per reason per interval, while the callers still count every rejection in
/// their metrics. Sources and examples come from outside and are escaped by <see cref="LogText"/>. Thread-safe; time from
/// <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class RejectionLogSummary : IDisposable
{
    private readonly Dictionary<string, Repeats> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly TimeSpan _interval;
    private readonly ILogger _logger;
    private readonly ITimer _timer;

    /// <summary>A summary logging to <paramref name="logger"/> every <paramref name="interval"/> of <paramref name="time"/>.</summary>
    public RejectionLogSummary(TimeSpan interval, TimeProvider time, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(interval, TimeSpan.Zero);
        _interval = interval;
        _logger = logger;
        _timer = time.CreateTimer(_ => Flush(), null, interval, interval);
    }

    /// <summary>
    /// Counts one rejection for <paramref name="reason"/> (a reason code) of a message from <paramref name="source"/> (its
    /// topic, with its batch where there is one), <paramref name="example"/> saying what was wrong.
    /// </summary>
    public void Add(string reason, string source, string example)
    {
        lock (_lock)
        {
            if (_seen.TryGetValue(reason, out var repeats))
            {
                _seen[reason] = repeats.Count == 0 ? new Repeats(1, source, example) : repeats with { Count = repeats.Count + 1 };
                return;
            }

            _seen[reason] = new Repeats(0, string.Empty, string.Empty);
        }

        var shownSource = LogText.Escape(source);
        var shownExample = LogText.Escape(example);
        LogFirst(_logger, reason, _interval, shownSource, shownExample);
    }

    /// <summary>Logs the count of each reason repeated since the last flush (the timer calls it; shutdown calls it once more).</summary>
    public void Flush()
    {
        List<(string Reason, Repeats Repeats)> lines = [];
        lock (_lock)
        {
            foreach (var (reason, repeats) in _seen.ToList())
            {
                if (repeats.Count == 0)
                {
                    _seen.Remove(reason); // quiet for a whole interval: its next rejection is logged at once again
                    continue;
                }

                lines.Add((reason, repeats));
                _seen[reason] = new Repeats(0, string.Empty, string.Empty);
            }
        }

        foreach (var (reason, repeats) in lines.OrderBy(l => l.Reason, StringComparer.Ordinal))
        {
            var shownSource = LogText.Escape(repeats.Source);
            var shownExample = LogText.Escape(repeats.Example);
            LogRepeated(_logger, repeats.Count, reason, _interval, shownSource, shownExample);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _timer.Dispose();

    [LoggerMessage(EventId = 9330, Level = LogLevel.Warning, Message = "Rejected ({Reason}) a message from {Source}: {Example}; further rejections for this reason are counted and logged once per {Interval}")]
    private static partial void LogFirst(ILogger logger, string reason, TimeSpan interval, string source, string example);

    [LoggerMessage(EventId = 9331, Level = LogLevel.Warning, Message = "{Count} more rejection(s) for {Reason} within {Interval}; first from {Source}: {Example}")]
    private static partial void LogRepeated(ILogger logger, int count, string reason, TimeSpan interval, string source, string example);

    private sealed record Repeats(int Count, string Source, string Example);
}
