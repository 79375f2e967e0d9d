using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.Aggregation;

/// <summary>
/// One meter's readings in the open minutes (those not older than the lateness allows) plus the last reading before them,
/// from which each open minute's <see cref="MinuteUsage"/> is computed. Adding a reading is idempotent (one value per
/// timestamp, the first wins), so a replayed or redelivered reading never counts twice. Counter steps go through the
/// shared <see cref="CounterInterpreter"/>; an interval's amount is spread over the minutes it overlaps. Not thread-safe.
/// </summary>
public sealed class MeterWindow
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private readonly MeterSeries _series;
    private readonly TimeSpan _maxGap;
    private readonly CounterInterpreter? _interpreter;
    private readonly SortedDictionary<DateTimeOffset, double> _readings = [];
    private readonly SortedSet<DateTimeOffset> _dirty = [];
    private CounterSample? _anchor;
    private DateTimeOffset _latest = DateTimeOffset.MinValue;

    /// <summary>A window for <paramref name="series"/> whose oldest open minute starts at <paramref name="horizon"/>.</summary>
    public MeterWindow(MeterSeries series, TimeSpan maxGap, DateTimeOffset horizon)
    {
        _series = series;
        _maxGap = maxGap;
        Horizon = MinuteOf(horizon);
        _interpreter = series.Kind == ReadingKind.Counter ? new CounterInterpreter(series.Counter) : null;
    }

    /// <summary>The start of the oldest open minute; readings before it are too late.</summary>
    public DateTimeOffset Horizon { get; private set; }

    /// <summary>The newest reading's timestamp in the open minutes (<see cref="DateTimeOffset.MinValue"/> before the first).</summary>
    public DateTimeOffset Latest => _latest;

    /// <summary>Readings held (open minutes only).</summary>
    public int Count => _readings.Count;

    /// <summary>The readings held plus the anchor before them, oldest first (what a journal must keep to rebuild the window).</summary>
    public IEnumerable<CounterSample> Samples =>
        (_anchor is { } anchor ? [anchor] : Array.Empty<CounterSample>()).Concat(_readings.Select(r => new CounterSample(r.Key, r.Value)));

    /// <summary>The minute containing <paramref name="timestamp"/>.</summary>
    public static DateTimeOffset MinuteOf(DateTimeOffset timestamp) =>
        new(timestamp.UtcTicks - (timestamp.UtcTicks % Minute.Ticks), TimeSpan.Zero);

    /// <summary>Takes a reading; false when it is too late or its timestamp is already held.</summary>
    public bool Add(DateTimeOffset timestamp, double value)
    {
        if (timestamp < Horizon)
        {
            if (_anchor is not { } anchor || timestamp > anchor.Timestamp)
            {
                // Older than every open minute, but the latest value before them: the new starting point.
                _anchor = new CounterSample(timestamp, value);
                MarkDirty(Horizon, _readings.Count > 0 ? _readings.Keys.First() : Horizon);
                return true;
            }

            return false;
        }

        if (!_readings.TryAdd(timestamp, value))
        {
            return false;
        }

        if (timestamp > _latest)
        {
            // The usual case, readings in order: only the interval from the latest reading changes.
            MarkDirty(_readings.Count > 1 ? _latest : Horizon, timestamp);
            _latest = timestamp;
            return true;
        }

        var previous = _readings.Keys.LastOrDefault(t => t < timestamp, Horizon);
        var next = _readings.Keys.FirstOrDefault(t => t > timestamp, timestamp);
        MarkDirty(previous, next);
        return true;
    }

    /// <summary>The usage of every minute changed since the last call, and forgets that they changed.</summary>
    public IReadOnlyList<MinuteUsage> TakeChanged()
    {
        if (_dirty.Count == 0)
        {
            return [];
        }

        var all = Compute();
        var changed = all.Where(u => _dirty.Contains(u.Minute)).ToArray();
        _dirty.Clear();
        return changed;
    }

    /// <summary>Closes the minutes before <paramref name="newHorizon"/>: their readings are dropped, the last becomes the anchor.</summary>
    public void Close(DateTimeOffset newHorizon)
    {
        newHorizon = MinuteOf(newHorizon);
        if (newHorizon <= Horizon)
        {
            return;
        }

        var track = _interpreter is null ? null : new CounterTrack(_interpreter);
        if (_anchor is { } previous)
        {
            track?.Next(previous);
        }

        foreach (var timestamp in _readings.Keys.TakeWhile(t => t < newHorizon).ToArray())
        {
            _anchor = new CounterSample(timestamp, _readings[timestamp]);
            track?.Next(_anchor.Value);
            _readings.Remove(timestamp);
        }

        if (track?.Baseline is { } confirmed)
        {
            // A counter's anchor is its last confirmed value, never a held one (a transient zero must not become the baseline).
            _anchor = confirmed;
        }

        _dirty.RemoveWhere(m => m < newHorizon);
        Horizon = newHorizon;
    }

    /// <summary>The usage of every open minute that has readings or is touched by an interval.</summary>
    public IReadOnlyList<MinuteUsage> Compute()
    {
        var minutes = new SortedDictionary<DateTimeOffset, MinuteAccumulator>();
        var track = _interpreter is null ? null : new CounterTrack(_interpreter);
        CounterSample? previous = null;
        if (_anchor is { } anchor)
        {
            track?.Next(anchor);
            previous = anchor;
        }

        foreach (var (timestamp, value) in _readings)
        {
            var current = new CounterSample(timestamp, value);
            var here = At(minutes, MinuteOf(timestamp));
            here.Count++;
            if (track is null)
            {
                here.AddRate(value);
            }

            if (previous is { } p)
            {
                Step(minutes, track, p, current);
            }
            else
            {
                track?.Next(current);
            }

            previous = current;
        }

        return minutes.Select(m => m.Value.ToUsage(m.Key, _series.AmountUnit is not null)).ToArray();
    }

    private void Step(SortedDictionary<DateTimeOffset, MinuteAccumulator> minutes, CounterTrack? track, CounterSample previous, CounterSample current)
    {
        var here = At(minutes, MinuteOf(current.Timestamp));
        var interval = current.Timestamp - previous.Timestamp;
        var gap = interval > _maxGap;
        if (gap)
        {
            here.Flags |= UsageFlags.Gap;
        }
        else
        {
            Spread(minutes, previous.Timestamp, current.Timestamp, (acc, share) => acc.CoveredSeconds += share * interval.TotalSeconds);
        }

        if (track is not null)
        {
            var step = track.Next(current);
            here.Flags |= FlagOf(step.Transition);
            if (!step.IsCounted)
            {
                return;
            }

            // Usually the interval from the previous reading; a confirmed new segment's use is spread from its first reading.
            var span = current.Timestamp - step.Since;
            here.AddRate(step.Consumption / span.TotalHours);
            if (span > _maxGap)
            {
                here.AddAmount(step.Consumption);
            }
            else
            {
                Spread(minutes, step.Since, current.Timestamp, (acc, share) => acc.AddAmount(share * step.Consumption));
            }
        }
        else if (_series.IsRate && !gap)
        {
            var area = (previous.Value + current.Value) / 2 * interval.TotalHours;
            Spread(minutes, previous.Timestamp, current.Timestamp, (acc, share) => acc.AddAmount(share * area));
        }
    }

    /// <summary>Calls <paramref name="add"/> with each open minute's share of the interval [from, to].</summary>
    private void Spread(SortedDictionary<DateTimeOffset, MinuteAccumulator> minutes, DateTimeOffset from, DateTimeOffset to, Action<MinuteAccumulator, double> add)
    {
        var length = (to - from).Ticks;
        if (length <= 0)
        {
            return;
        }

        for (var minute = MinuteOf(from); minute < to; minute += Minute)
        {
            var overlap = Math.Min(to.UtcTicks, (minute + Minute).UtcTicks) - Math.Max(from.UtcTicks, minute.UtcTicks);
            if (minute >= Horizon && overlap > 0)
            {
                add(At(minutes, minute), (double)overlap / length);
            }
        }
    }

    private void MarkDirty(DateTimeOffset from, DateTimeOffset to)
    {
        for (var minute = MinuteOf(from); minute <= to; minute += Minute)
        {
            if (minute >= Horizon)
            {
                _dirty.Add(minute);
            }
        }
    }

    private static MinuteAccumulator At(SortedDictionary<DateTimeOffset, MinuteAccumulator> minutes, DateTimeOffset minute)
    {
        if (!minutes.TryGetValue(minute, out var acc))
        {
            acc = new MinuteAccumulator();
            minutes[minute] = acc;
        }

        return acc;
    }

    private static UsageFlags FlagOf(CounterTransition transition) => transition switch
    {
        CounterTransition.Reset => UsageFlags.Reset,
        CounterTransition.Rollover => UsageFlags.Rollover,
        CounterTransition.Spike => UsageFlags.Spike,
        CounterTransition.Pending => UsageFlags.Held,
        CounterTransition.RestartGlitch => UsageFlags.RestartGlitch,
        _ => UsageFlags.None,
    };
}
