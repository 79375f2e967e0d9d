using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// A meter's current level in its profile's terms (per hour): a gauge's value as it is; for a counter, the usage rate
/// between its last two readings. A counter that went down (reset, replacement, rollover) gives no level for that step:
/// the aggregator's counter interpretation decides what such a step means, the detector only needs to skip it.
/// </summary>
public sealed class LiveLevel
{
    private double _lastValue;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    /// <summary>The level this reading gives, or null.</summary>
    public double? Next(Reading reading)
    {
        if (reading.Kind == ReadingKind.Gauge)
        {
            return reading.Value;
        }

        var previous = (_lastValue, _lastTimestamp);
        if (reading.Timestamp <= _lastTimestamp)
        {
            return null;
        }

        _lastValue = reading.Value;
        _lastTimestamp = reading.Timestamp;
        if (previous._lastTimestamp == DateTimeOffset.MinValue || reading.Value < previous._lastValue)
        {
            return null;
        }

        return (reading.Value - previous._lastValue) / (reading.Timestamp - previous._lastTimestamp).TotalHours;
    }
}
