using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Measurement <c>reading</c> (docs/storage.md): tags park, plant, meter, resource, kind; fields value (canonical unit) and
/// quality; the reading's own timestamp at millisecond precision, so a redelivered reading overwrites itself.
/// </summary>
public static class ReadingPoint
{
    /// <summary>The measurement name.</summary>
    public const string Measurement = "reading";

    /// <summary>The point for one reading of <paramref name="plant"/> in <paramref name="park"/>.</summary>
    public static PointData Create(string park, string plant, AdmittedReading admitted)
    {
        var reading = admitted.Reading;
        return PointData.Measurement(Measurement)
            .Tag("park", park)
            .Tag("plant", plant)
            .Tag("meter", reading.Meter)
            .Tag("resource", admitted.Resource)
            .Tag("kind", reading.Kind == ReadingKind.Counter ? "counter" : "gauge")
            .Field("value", reading.Value)
            .Field("quality", reading.Quality.ToString().ToLowerInvariant())
            .Timestamp(reading.Timestamp, WritePrecision.Ms);
    }
}
