using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The dyeing plant's electricity counter read every second for <see cref="Count"/> seconds, starting on a whole minute a
/// few minutes ago (inside the aggregator's lateness): reading k is 1000 + 0.5·k kWh at start + k s.
/// </summary>
public sealed class RecentReadings(int count)
{
    /// <summary>Readings in all.</summary>
    public int Count => count;

    /// <summary>The first reading's time.</summary>
    public DateTimeOffset Start { get; } = WholeMinute(DateTimeOffset.UtcNow.AddSeconds(-count - 60));

    /// <summary>Reading <paramref name="k"/>.</summary>
    public Reading At(int k) => new(SamplePark.GridPower, Start.AddSeconds(k), 1000 + (0.5 * k), "kWh", ReadingKind.Counter);

    /// <summary>A batch of readings <paramref name="first"/> to <paramref name="first"/> + <paramref name="size"/> − 1.</summary>
    public ReadingBatch Batch(int first, int size, string? batchId = null) =>
        new("edge-dyeing", batchId ?? Ulid.NewUlid().ToString(), Enumerable.Range(first, Math.Min(size, count - first)).Select(At).ToArray());

    /// <summary>The kWh each minute must show: 0.5 kWh for each one-second interval inside it.</summary>
    public IReadOnlyDictionary<DateTimeOffset, double> ExpectedPerMinute() =>
        Enumerable.Range(1, count - 1)
            .GroupBy(k => Start.AddMinutes((k - 1) / 60))
            .ToDictionary(g => g.Key, g => 0.5 * g.Count());

    private static DateTimeOffset WholeMinute(DateTimeOffset t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, TimeSpan.Zero);
}
