using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Aggregation;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// Measurement <c>usage_1m</c> (docs/storage.md): tags park, plant, meter, resource; fields amount, unit, mean_rate, min_rate,
/// max_rate, rate_unit, count, coverage, flags and one boolean per flag; timestamp = the minute's start (s precision), so a
/// minute updated by a late reading overwrites itself.
/// </summary>
public static class UsagePoint
{
    /// <summary>The measurement name.</summary>
    public const string Measurement = "usage_1m";

    /// <summary>The point for one meter-minute.</summary>
    public static PointData Create(MeterKey meter, MeterProfile profile, MinuteUsage usage)
    {
        var point = PointData.Measurement(Measurement)
            .Tag("park", meter.Park)
            .Tag("plant", meter.Plant)
            .Tag("meter", meter.Meter)
            .Tag("resource", profile.Resource)
            .Field("count", (long)usage.Count)
            .Field("coverage", usage.Coverage)
            .Field("flags", (long)usage.Flags)
            .Field("reset", usage.Flags.HasFlag(UsageFlags.Reset))
            .Field("rollover", usage.Flags.HasFlag(UsageFlags.Rollover))
            .Field("spike", usage.Flags.HasFlag(UsageFlags.Spike))
            .Field("glitch", usage.Flags.HasFlag(UsageFlags.RestartGlitch))
            .Field("gap", usage.Flags.HasFlag(UsageFlags.Gap))
            .Field("held", usage.Flags.HasFlag(UsageFlags.Held))
            .Field("rate_unit", profile.Series.RateUnit)
            .Timestamp(usage.Minute, WritePrecision.S);
        if (usage.Amount is { } amount && profile.Series.AmountUnit is { } unit)
        {
            point = point.Field("amount", amount).Field("unit", unit);
        }

        if (usage.MeanRate is { } mean)
        {
            point = point.Field("mean_rate", mean).Field("min_rate", usage.MinRate!.Value).Field("max_rate", usage.MaxRate!.Value);
        }

        return point;
    }
}
