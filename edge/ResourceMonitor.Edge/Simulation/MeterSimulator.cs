using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Simulation;

/// <summary>
/// Produces one meter's values: a daily shape (peak in the afternoon), a weekend drop and Gaussian noise; counters integrate
/// the shaped rate and only grow. Deterministic for a given seed and meter id.
/// </summary>
public sealed class MeterSimulator
{
    private readonly SimulatedMeterOptions _meter;
    private readonly Random _random;
    private readonly TimeZoneInfo _zone;
    private double _register;
    private DateTimeOffset? _last;

    /// <summary>A simulator for <paramref name="meter"/> seeded by <paramref name="seed"/>; shapes follow local time in <paramref name="zone"/>.</summary>
    public MeterSimulator(SimulatedMeterOptions meter, int seed, TimeZoneInfo zone)
    {
        _meter = meter;
        _zone = zone;
        _register = meter.Start;
        _random = new Random(unchecked(seed ^ StableHash(meter.Meter)));
    }

    /// <summary>The meter's options.</summary>
    public SimulatedMeterOptions Meter => _meter;

    /// <summary>The value at <paramref name="at"/> (times must increase).</summary>
    public double ValueAt(DateTimeOffset at)
    {
        var level = Math.Max(0, _meter.Mean * LoadProfile.Factor(_meter, TimeZoneInfo.ConvertTime(at, _zone).DateTime) * (1 + (_meter.Noise * Gaussian())));
        var hours = _last is { } last ? Math.Max(0, (at - last).TotalHours) : 0;
        _last = at;
        if (_meter.Profile == "stock")
        {
            // A pile filled at the nominal rate per hour and collected once it holds about a day's worth.
            _register = _register + (level * hours) > _meter.Mean * 24 ? 0 : _register + (level * hours);
            return Math.Round(_register, 4);
        }

        if (_meter.Kind == ReadingKind.Gauge)
        {
            return Math.Round(level, 4);
        }

        _register += level * hours;
        return Math.Round(_register, 4);
    }

    private double Gaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash;
    }
}
