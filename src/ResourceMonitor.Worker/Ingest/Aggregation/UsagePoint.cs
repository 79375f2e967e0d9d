using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// Measurement <c>usage_1m</c> (docs/storage.md): tags park, plant, meter, resource; fields amount, unit, mean_rate, min_rate,
/// max_rate, rate_unit, count, coverage, flags and one boolean per flag; timestamp = the minute's start (s precision), so a
/// minute updated by a late reading overwrites itself.
/// </summary>
public static class UsagePoint
{
    /// <summary>The point for one meter-minute.</summary>
    public static PointData Create(MeterKey meter, MeterProfile profile, MinuteUsage usage)
    {
        var point = PointData.Measurement(UsageMeasurement.Name)
            .Tag(SeriesTags.Park, meter.Park)
            .Tag(SeriesTags.Plant, meter.Plant)
            .Tag(SeriesTags.Meter, meter.Meter)
            .Tag(SeriesTags.Resource, profile.Resource)
            .Field(UsageMeasurement.Count, (long)usage.Count)
            .Field(UsageMeasurement.Coverage, usage.Coverage)
            .Field(UsageMeasurement.Flags, (long)usage.Flags)
            .Field(UsageMeasurement.Reset, usage.Flags.HasFlag(UsageFlags.Reset))
            .Field(UsageMeasurement.Rollover, usage.Flags.HasFlag(UsageFlags.Rollover))
            .Field(UsageMeasurement.Spike, usage.Flags.HasFlag(UsageFlags.Spike))
            .Field(UsageMeasurement.Glitch, usage.Flags.HasFlag(UsageFlags.RestartGlitch))
            .Field(UsageMeasurement.Gap, usage.Flags.HasFlag(UsageFlags.Gap))
            .Field(UsageMeasurement.Held, usage.Flags.HasFlag(UsageFlags.Held))
            .Field(UsageMeasurement.RateUnit, profile.Series.RateUnit)
            .Timestamp(usage.Minute, WritePrecision.S);
        if (usage.Amount is { } amount && profile.Series.AmountUnit is { } unit)
        {
            point = point.Field(UsageMeasurement.Amount, amount).Field(UsageMeasurement.Unit, unit);
        }

        if (usage.MeanRate is { } mean)
        {
            point = point.Field(UsageMeasurement.MeanRate, mean).Field(UsageMeasurement.MinRate, usage.MinRate!.Value).Field(UsageMeasurement.MaxRate, usage.MaxRate!.Value);
        }

        return point;
    }
}
