using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Measurement <c>baseline_band</c> (docs/storage.md): one point per meter and local hour, at the hour's start (second
/// precision). Tags park, plant, meter, resource, unit; fields p10, median, p90 (the meter's level per hour) and
/// samples (weeks). Rewriting an hour overwrites it (same series and time).
/// </summary>
public static class BaselineBandPoint
{
    /// <summary>The default measurement name (<see cref="BaselinesOptions.BandMeasurement"/>).</summary>
    public const string Measurement = "baseline_band";

    /// <summary>The point of one meter's band for one hour.</summary>
    public static PointData Create(BaselineBand band, string measurement = Measurement) =>
        PointData.Measurement(measurement)
            .Tag("park", band.Meter.Park)
            .Tag("plant", band.Meter.Plant)
            .Tag("meter", band.Meter.Meter)
            .Tag("resource", band.Resource)
            .Tag("unit", band.Unit)
            .Field("p10", band.Band.P10)
            .Field("median", band.Band.Median)
            .Field("p90", band.Band.P90)
            .Field("samples", (long)band.Band.Samples)
            .Timestamp(band.Start.ToUnixTimeSeconds(), WritePrecision.S);
}
