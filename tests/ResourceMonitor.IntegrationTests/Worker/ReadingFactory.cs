using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Readings of the test park's meters on a fixed, recent clock, one per second from a start.</summary>
public sealed class ReadingFactory(DateTimeOffset start)
{
    /// <summary>A clock a few hours back, on a whole minute, so readings never trip the clock-skew check.</summary>
    public static ReadingFactory Recent() => new(new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddHours(DateTime.UtcNow.Hour - 2));

    /// <summary>The first timestamp.</summary>
    public DateTimeOffset Start => start;

    /// <summary>The dyeing plant's electricity counter at second <paramref name="second"/>: 0.5 kWh per second (1800 kW).</summary>
    public Reading Power(int second) => new(SamplePark.GridPower, start.AddSeconds(second), 1000 + (0.5 * second), "kWh", ReadingKind.Counter);

    /// <summary>A batch of <paramref name="count"/> consecutive power readings from <paramref name="firstSecond"/>.</summary>
    public ReadingBatch PowerBatch(int firstSecond, int count, string? batchId = null) =>
        new("edge-dyeing", batchId ?? Ulid.NewUlid().ToString(), Enumerable.Range(firstSecond, count).Select(Power).ToArray());
}
