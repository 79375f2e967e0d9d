using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Measurement <c>reading</c> (docs/storage.md): tags park, plant, meter, resource, kind; fields value (canonical unit) and
/// quality; the reading's own timestamp at millisecond precision, so a redelivered reading overwrites itself. Rendered straight
/// to line protocol (tags in key order, as InfluxDB.Client writes them) in one allocation, where the <c>PointData</c> builder
/// copied immutable dictionaries on each of its eight calls and then rendered the line (docs/performance.md).
/// </summary>
public static class ReadingPoint
{
    /// <summary>The line-protocol line (precision ms) for one reading of <paramref name="plant"/> in <paramref name="park"/>.</summary>
    public static string Line(string park, string plant, AdmittedReading admitted)
    {
        var reading = admitted.Reading;
        var kind = reading.Kind == ReadingKind.Counter ? "counter" : "gauge";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{ReadingMeasurement.Name},{ReadingMeasurement.Kind}={kind},{SeriesTags.Meter}={LineProtocol.Tag(reading.Meter)},{SeriesTags.Park}={LineProtocol.Tag(park)},{SeriesTags.Plant}={LineProtocol.Tag(plant)},{SeriesTags.Resource}={LineProtocol.Tag(admitted.Resource)} {ReadingMeasurement.Quality}=\"{Quality(reading.Quality)}\",{ReadingMeasurement.Value}={reading.Value:R} {reading.Timestamp.ToUnixTimeMilliseconds()}");
    }

    private static string Quality(ReadingQuality quality) => quality switch
    {
        ReadingQuality.Good => "good",
        ReadingQuality.Estimated => "estimated",
        ReadingQuality.Suspect => "suspect",
        _ => LineProtocol.StringField(quality.ToString().ToLowerInvariant()),
    };
}
