using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Measurement <c>baseline_deviation</c> (docs/storage.md): one point per deviation alert (opened or closed), tagged park,
/// plant, meter and direction, at the alert's time; fields open, value, peak, the band (p10, median, p90) and since_ms.
/// </summary>
public static class BaselineDeviationPoint
{
    /// <summary>The point of <paramref name="alert"/>.</summary>
    public static PointData Create(DeviationAlert alert) =>
        PointData.Measurement(BaselineDeviationMeasurement.Name)
            .Tag(SeriesTags.Park, alert.Park)
            .Tag(SeriesTags.Plant, alert.Plant)
            .Tag(SeriesTags.Meter, alert.Meter)
            .Tag(BaselineDeviationMeasurement.Direction, alert.Direction)
            .Field(BaselineDeviationMeasurement.Open, alert.State == "opened")
            .Field(BaselineDeviationMeasurement.Value, alert.Value)
            .Field(BaselineDeviationMeasurement.Peak, alert.Peak)
            .Field(BaselineDeviationMeasurement.P10, alert.P10)
            .Field(BaselineDeviationMeasurement.Median, alert.Median)
            .Field(BaselineDeviationMeasurement.P90, alert.P90)
            .Field(BaselineDeviationMeasurement.SinceMs, alert.Since.ToUnixTimeMilliseconds())
            .Timestamp(alert.Timestamp.UtcDateTime, WritePrecision.Ms);
}
