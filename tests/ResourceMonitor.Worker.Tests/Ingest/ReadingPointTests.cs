using System.Globalization;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary>
/// The reading line is rendered directly (docs/performance.md); it must say to InfluxDB exactly what InfluxDB.Client's
/// <c>PointData</c> builder said: the same series (measurement, tags in key order, escaping), the same timestamp, the same
/// quality and the same double (written as the shortest round-trip text rather than G17's seventeen digits).
/// </summary>
public sealed class ReadingPointTests
{
    public static TheoryData<string, double, ReadingKind, ReadingQuality, long> Readings => new()
    {
        { "grid-power", 1234.5, ReadingKind.Counter, ReadingQuality.Good, 1_764_633_600_000 },
        { "hw-return", 0.1, ReadingKind.Counter, ReadingQuality.Estimated, 1_764_633_600_001 },
        { "effluent-flow", 12.3, ReadingKind.Gauge, ReadingQuality.Suspect, 1_764_633_659_999 },
        { "m", 1e-7, ReadingKind.Gauge, ReadingQuality.Good, 1 },
        { "m", -40.25, ReadingKind.Gauge, ReadingQuality.Good, 1_000 },
        { "m", 99_999_999.123456789, ReadingKind.Counter, ReadingQuality.Good, 1_764_633_600_123 },
        { "m", 1e21, ReadingKind.Counter, ReadingQuality.Good, 1_764_633_600_123 },
        { "m", 0, ReadingKind.Gauge, ReadingQuality.Good, 1_764_633_600_123 },
        { "odd meter,id=x", 1, ReadingKind.Gauge, ReadingQuality.Good, 1_764_633_600_123 },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void The_line_tells_InfluxDB_what_the_PointData_builder_told_it(string meter, double value, ReadingKind kind, ReadingQuality quality, long unixMs)
    {
        var reading = new Reading(meter, DateTimeOffset.FromUnixTimeMilliseconds(unixMs).AddTicks(1234), value, "kWh", kind, quality);
        var admitted = new AdmittedReading(reading, "electricity");

        var line = Parse(ReadingPoint.Line("hiep-phuoc", "dyeing-01", admitted));
        var builder = Parse(BuilderLine("hiep-phuoc", "dyeing-01", admitted));

        Assert.Equal(builder.Series, line.Series);
        Assert.Equal(builder.Quality, line.Quality);
        Assert.Equal(builder.Time, line.Time);
        Assert.Equal(value, double.Parse(line.Value, CultureInfo.InvariantCulture));
        Assert.Equal(double.Parse(builder.Value, CultureInfo.InvariantCulture), double.Parse(line.Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The line the worker wrote before: InfluxDB.Client's builder, as ReadingPoint.Create built it.</summary>
    private static string BuilderLine(string park, string plant, AdmittedReading admitted) =>
        PointData.Measurement("reading")
            .Tag("park", park)
            .Tag("plant", plant)
            .Tag("meter", admitted.Reading.Meter)
            .Tag("resource", admitted.Resource)
            .Tag("kind", admitted.Reading.Kind == ReadingKind.Counter ? "counter" : "gauge")
            .Field("value", admitted.Reading.Value)
            .Field("quality", admitted.Reading.Quality.ToString().ToLowerInvariant())
            .Timestamp(admitted.Reading.Timestamp, WritePrecision.Ms)
            .ToLineProtocol();

    /// <summary>Series key, quality, value text and time of a line whose only string field is quality (no spaces in it).</summary>
    private static (string Series, string Quality, string Value, string Time) Parse(string line)
    {
        var fieldsStart = line.IndexOf(" quality=", StringComparison.Ordinal);
        var timeStart = line.LastIndexOf(' ');
        var fields = line[(fieldsStart + 1)..timeStart].Split(',');
        return (line[..fieldsStart], fields.Single(f => f.StartsWith("quality=", StringComparison.Ordinal)),
            fields.Single(f => f.StartsWith("value=", StringComparison.Ordinal))["value=".Length..], line[(timeStart + 1)..]);
    }
}
