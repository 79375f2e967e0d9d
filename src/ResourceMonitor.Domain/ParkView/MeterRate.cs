using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Domain.ParkView;

/// <summary>
/// The latest rate of one meter: a gauge's value, or a counter's use per hour between two counted readings (through the
/// shared counter interpreter, so a reset, rollover or glitch never shows as a negative or huge flow).
/// </summary>
public sealed class MeterRate
{
    private readonly CounterTrack? _counter;

    /// <summary>Follows <paramref name="meter"/>.</summary>
    public MeterRate(Meter meter)
    {
        ArgumentNullException.ThrowIfNull(meter);
        Meter = meter;
        _counter = meter.Kind == ReadingKind.Counter ? new CounterTrack(new CounterInterpreter(meter.CounterSpec)) : null;
    }

    /// <summary>The meter.</summary>
    public Meter Meter { get; }

    /// <summary>The latest rate in <see cref="Meter.RateUnit"/>; null before the first (for counters: second) reading.</summary>
    public double? Rate { get; private set; }

    /// <summary>The time of the reading the rate comes from.</summary>
    public DateTimeOffset? At { get; private set; }

    /// <summary>Takes one reading; an older one than the latest, or a counter step that is not counted, leaves the rate as it was.</summary>
    public void Observe(Reading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        if (At is { } latest && reading.Timestamp <= latest)
        {
            return;
        }

        if (_counter is null)
        {
            Set(reading.Value, reading.Timestamp);
            return;
        }

        var step = _counter.Next(new CounterSample(reading.Timestamp, reading.Value));
        if (step.IsCounted && reading.Timestamp > step.Since)
        {
            Set(step.Consumption / (reading.Timestamp - step.Since).TotalHours, reading.Timestamp);
        }
    }

    private void Set(double rate, DateTimeOffset at)
    {
        if (double.IsFinite(rate))
        {
            Rate = rate;
            At = at;
        }
    }
}
