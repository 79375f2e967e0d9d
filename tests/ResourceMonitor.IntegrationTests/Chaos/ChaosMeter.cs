using System.Globalization;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// One meter of the chaos load, a meter of the sample catalog: a counter rising by <see cref="Step"/> per reading, or a gauge
/// going round a saw-tooth of 40 values. Steps are powers of two so every value and difference is exact in binary.
/// </summary>
public sealed record ChaosMeter(string Plant, string Meter, ReadingKind Kind, string Unit, double Start, double Step)
{
    /// <summary>The factory-broker topic this meter publishes on.</summary>
    public string Topic => $"factory/{Plant}/{Meter}";

    /// <summary>Whether the aggregator integrates this gauge over time (its unit is a rate).</summary>
    public bool IsRate => Kind == ReadingKind.Gauge && Unit is "kW" or "m3/h" or "kg/h";

    /// <summary>Whether <c>usage_1m</c> carries an <c>amount</c> for this meter.</summary>
    public bool HasAmount => Kind == ReadingKind.Counter || IsRate;

    /// <summary>The value of reading number <paramref name="index"/>.</summary>
    public double ValueAt(long index) => Kind == ReadingKind.Counter ? Start + (index * Step) : Start + (index % 40 * Step);

    /// <summary>A counter whose rate stays under half of <paramref name="maxRatePerHour"/> (the catalog's <c>maxRate</c>) at one reading per <paramref name="interval"/>.</summary>
    public static ChaosMeter Counter(string plant, string meter, string unit, double maxRatePerHour, TimeSpan interval)
    {
        var largest = maxRatePerHour / 2 * interval.TotalHours;
        var step = Math.Pow(2, Math.Floor(Math.Log2(largest)));
        return new ChaosMeter(plant, meter, ReadingKind.Counter, unit, 100_000, step);
    }

    /// <summary>A gauge from <paramref name="start"/> up in 40 steps of <paramref name="step"/>.</summary>
    public static ChaosMeter Gauge(string plant, string meter, string unit, double start, double step) =>
        new(plant, meter, ReadingKind.Gauge, unit, start, step);

    /// <summary>The edge agent's Edge:Mappings entry for this meter (generic JSON <c>{"ts":...,"value":...}</c>, canonical unit).</summary>
    public object Mapping() => new
    {
        Topic,
        Format = "json",
        Meter,
        Unit,
        Kind = Kind.ToString(),
        Field = "value",
        TimestampField = "ts",
    };

    /// <summary>The payload of one reading.</summary>
    public byte[] Payload(DateTimeOffset timestamp, double value) => System.Text.Encoding.UTF8.GetBytes(string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"ts\":\"{timestamp.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"value\":{value:R}}}"));
}
