using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Measurement <c>baseline_band</c> (docs/storage.md): one point per meter and local hour, at the hour's start (second
/// precision). Tags park, plant, meter, resource, unit; fields p10, median, p90 (the meter's level per hour) and
/// samples (weeks). Rewriting an hour overwrites it (same series and time).
/// </summary>
public static class BaselineBandPoint
{
    /// <summary>The point of one meter's band for one hour.</summary>
    public static PointData Create(BaselineBand band) =>
        PointData.Measurement(BaselineBandMeasurement.Name)
            .Tag(SeriesTags.Park, band.Meter.Park)
            .Tag(SeriesTags.Plant, band.Meter.Plant)
            .Tag(SeriesTags.Meter, band.Meter.Meter)
            .Tag(SeriesTags.Resource, band.Resource)
            .Tag(SeriesTags.Unit, band.Unit)
            .Field(BaselineBandMeasurement.P10, band.Band.P10)
            .Field(BaselineBandMeasurement.Median, band.Band.Median)
            .Field(BaselineBandMeasurement.P90, band.Band.P90)
            .Field(BaselineBandMeasurement.Samples, (long)band.Band.Samples)
            .Timestamp(band.Start.ToUnixTimeSeconds(), WritePrecision.S);
}
