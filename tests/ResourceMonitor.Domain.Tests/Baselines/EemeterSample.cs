using System.Globalization;
using System.IO.Compression;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Domain.Tests.Baselines;

/// <summary>
/// eemeter's Illinois sample files (testdata/eemeter, Apache-2.0) read as eemeter 2.9.2 reads them: daily usage on UTC
/// days, temperatures converted to °C and grouped by UTC day.
/// </summary>
internal static class EemeterSample
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Baselines", "testdata", "eemeter");

    public static IReadOnlyList<DailyValue> Usage(string file) =>
        Rows(file).Where(r => r[1].Length > 0)
            .Select(r => new DailyValue(DateOnly.FromDateTime(DateTimeOffset.Parse(r[0], CultureInfo.InvariantCulture).UtcDateTime), double.Parse(r[1], CultureInfo.InvariantCulture)))
            .ToList();

    public static IReadOnlyList<DailyTemperature> Temperatures() =>
        Rows("il-tempF.csv.gz").Where(r => r[1].Length > 0)
            .Select(r => (At: DateTimeOffset.Parse(r[0], CultureInfo.InvariantCulture).UtcDateTime, Celsius: FahrenheitToCelsius(double.Parse(r[1], CultureInfo.InvariantCulture))))
            .GroupBy(r => DateOnly.FromDateTime(r.At))
            .Select(g => new DailyTemperature(g.Key, g.Select(r => r.Celsius).ToList()))
            .ToList();

    public static double FahrenheitToCelsius(double fahrenheit) => (fahrenheit - 32) * 5 / 9;

    private static IEnumerable<string[]> Rows(string file)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(Folder, file)), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            yield return line.Split(',');
        }
    }
}
