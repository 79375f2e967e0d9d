using System.Globalization;
using System.Text;
using ResourceMonitor.Contracts;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>The set checker against a real InfluxDB holding points written by hand: it must see every kind of damage, and none in a clean set.</summary>
public sealed class SetCheckerTests : IAsyncLifetime
{
    private static readonly long T0 = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
    private static readonly ChaosMeter Power = new("dyeing-01", "grid-power", ReadingKind.Counter, "kWh", 100, 0.5);
    private InfluxInstance _influx = null!;

    public async Task InitializeAsync() => _influx = await InfluxInstance.StartNewAsync();

    public async Task DisposeAsync() => await _influx.DisposeAsync();

    [Fact]
    public async Task Lost_unexpected_duplicated_readings_and_wrong_minutes_are_each_counted()
    {
        var published = Published(4);
        await WriteAsync(
            Reading(published[0], published[0].Value),
            Reading(published[1], published[1].Value + 1),                               // wrong value
            Reading(published[2], published[2].Value),
            Reading(published[2], published[2].Value, kind: "gauge"),                    // the same reading in a second series
            Reading(published[3] with { Key = published[3].Key with { TimestampMs = T0 + 7 } }, 1),  // never published; published[3] lost
            Usage(T0, count: 5, amount: 1.5));                                           // 4 readings, 1.5 kWh: over-counted

        var verdict = await SetChecker.CheckAsync(_influx, published, [Power]);

        Assert.Equal((4, 4, 4, 1, 2, 2, 1, 1), (verdict.Published, verdict.Acknowledged, verdict.Stored, verdict.Lost, verdict.Unexpected, verdict.Duplicated, verdict.MinutesChecked, verdict.WrongMinutes));
        Assert.False(verdict.Clean);
    }

    [Fact]
    public async Task A_set_stored_whole_with_exact_minutes_is_clean_and_a_missing_or_extra_minute_is_not()
    {
        var published = Published(3);
        await WriteAsync([.. published.Select(p => Reading(p, p.Value)), Usage(T0, count: 3, amount: 1.0)]);

        var clean = await SetChecker.CheckAsync(_influx, published, [Power]);
        await WriteAsync(Usage(T0 + 60_000, count: 1, amount: 0));
        var extra = await SetChecker.CheckAsync(_influx, published, [Power]);

        Assert.True(clean.Clean, clean.ToString());
        Assert.Equal(1, extra.WrongMinutes);
    }

    private static PublishedReading[] Published(int count) =>
        Enumerable.Range(0, count).Select(i => new PublishedReading(new ReadingKey(Power.Plant, Power.Meter, T0 + (i * 10_000L)), Power.ValueAt(i), true)).ToArray();

    private static string Reading(PublishedReading reading, double value, string kind = "counter") => string.Create(
        CultureInfo.InvariantCulture,
        $"reading,park=hiep-phuoc,plant={reading.Key.Plant},meter={reading.Key.Meter},resource=electricity,kind={kind} value={value},quality=\"good\" {reading.Key.TimestampMs}");

    private static string Usage(long minute, int count, double amount) => string.Create(
        CultureInfo.InvariantCulture,
        $"usage_1m,park=hiep-phuoc,plant={Power.Plant},meter={Power.Meter},resource=electricity amount={amount},count={count}i,flags=0i,unit=\"kWh\" {minute}");

    private async Task WriteAsync(params string[] lines)
    {
        using var http = new HttpClient();
        using var body = new StringContent(string.Join('\n', lines), Encoding.UTF8);
        using var response = await http.PostAsync(new Uri(_influx.DirectUrl, $"/write?db={_influx.Database}&precision=ms"), body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
