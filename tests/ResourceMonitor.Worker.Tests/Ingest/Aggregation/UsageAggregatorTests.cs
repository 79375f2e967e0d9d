using System.Globalization;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Ingest.Aggregation;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Ingest.Aggregation;

/// <summary>
/// The aggregator on fake time with a real journal on disk: readings that arrive hours after they were taken (an edge
/// agent's buffer after an outage, a demo back-fill) are aggregated in their own time, also across a worker restart.
/// </summary>
public sealed class UsageAggregatorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset HistoryStart = Now.AddHours(-3);
    private const double KilowattHoursPerTenSeconds = 0.5; // 180 kW
    private readonly FakeTimeProvider _time = new(Now);
    private readonly DirectoryInfo _journal = Directory.CreateTempSubdirectory("rm-usage-");
    private readonly Dictionary<DateTimeOffset, double> _minutes = [];
    private readonly IPointSink _sink = Substitute.For<IPointSink>();
    private long _compactBytes = new AggregationOptions().JournalCompactBytes;
    private (int Index, double Offset) _suspect = (-1, 0);

    public UsageAggregatorTests()
    {
        _sink.WriteAsync(Arg.Any<IReadOnlyList<PointData>>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask)
            .AndDoes(call => Record(call.ArgAt<IReadOnlyList<PointData>>(0)));
    }

    [Fact]
    public async Task An_hour_of_readings_arriving_three_hours_late_is_aggregated_minute_by_minute()
    {
        using var aggregator = Start();

        await FeedAsync(aggregator, from: 0, to: 360);

        Assert.Equal(60, _minutes.Count(m => m.Key >= HistoryStart && m.Key < HistoryStart.AddHours(1)));
        Assert.All(_minutes.Where(m => m.Key >= HistoryStart && m.Key < HistoryStart.AddHours(1)), m => Assert.Equal(3.0, m.Value, 9));
        Assert.Equal(360 * KilowattHoursPerTenSeconds, _minutes.Values.Sum(), 9);
    }

    [Theory]
    [InlineData(64L * 1024 * 1024)] // the journal holds every reading taken
    [InlineData(1L)] // compacted at every flush: the journal starts with an anchor whose minute it cannot rebuild
    public async Task A_restart_in_the_middle_of_late_history_neither_loses_nor_doubles_a_minute(long compactBytes)
    {
        _compactBytes = compactBytes;
        using (var first = Start())
        {
            await FeedAsync(first, from: 0, to: 200);
            await first.FlushAsync(close: false, CancellationToken.None);
        }

        _time.Advance(TimeSpan.FromMinutes(10));
        using var second = Start();
        await second.StartAsync(CancellationToken.None);
        await second.StopAsync(CancellationToken.None);
        await FeedAsync(second, from: 200, to: 360);

        Assert.Equal(360 * KilowattHoursPerTenSeconds, _minutes.Values.Sum(), 9);
        Assert.Equal(60, _minutes.Count(m => m.Key >= HistoryStart && m.Key < HistoryStart.AddHours(1)));
        Assert.All(_minutes.Where(m => m.Key >= HistoryStart && m.Key < HistoryStart.AddHours(1)), m => Assert.Equal(3.0, m.Value, 9));
    }

    [Fact]
    public async Task A_suspect_counter_value_is_stored_elsewhere_but_never_booked_as_usage()
    {
        // An edge flags a counter value suspect (held by its counter rules, or the device's status said ERROR/LEAK): here a
        // plausible-looking +50 kWh. Old code took it as the new baseline (+50 booked), then held the way back as a reset.
        _suspect = (100, 50);
        using var aggregator = Start();

        await FeedAsync(aggregator, from: 0, to: 360);

        Assert.Equal(360 * KilowattHoursPerTenSeconds, _minutes.Values.Sum(), 9);
    }

    public void Dispose() => _journal.Delete(recursive: true);

    private UsageAggregator Start() => new(new FakeCatalog(), _sink, Options.Create(new AggregationOptions { JournalDirectory = _journal.FullName, JournalCompactBytes = _compactBytes }), _time, new TestStages(_time).Supervisor, new TestStages(_time).Registry);

    /// <summary>Readings number <paramref name="from"/> to <paramref name="to"/> (10 s apart from 3 h ago), 20 per batch, flushing after each.</summary>
    private async Task FeedAsync(UsageAggregator aggregator, int from, int to)
    {
        for (var first = from; first <= to; first += 20)
        {
            var readings = Enumerable.Range(first, Math.Min(20, to - first + 1))
                .Select(i => i == _suspect.Index
                    ? new Reading("main-power", HistoryStart.AddSeconds(10 * i), 1_000 + (i * KilowattHoursPerTenSeconds) + _suspect.Offset, CanonicalUnits.KilowattHour, ReadingKind.Counter, ReadingQuality.Suspect)
                    : new Reading("main-power", HistoryStart.AddSeconds(10 * i), 1_000 + (i * KilowattHoursPerTenSeconds), CanonicalUnits.KilowattHour, ReadingKind.Counter, ReadingQuality.Good))
                .ToList();
            await aggregator.OnAcceptedAsync(new AcceptedBatch("test-park", "dyeing", "edge-dyeing", $"b{first}", readings), CancellationToken.None);
            await aggregator.FlushAsync(close: true, CancellationToken.None);
        }
    }

    /// <summary>Keeps the last amount written per minute: InfluxDB overwrites a point with the same series and time.</summary>
    private void Record(IReadOnlyList<PointData> points)
    {
        foreach (var line in points.Select(p => p.ToLineProtocol(null)))
        {
            var fields = line.Split(' ')[1].Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
            var minute = DateTimeOffset.FromUnixTimeSeconds(long.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture));
            _minutes[minute] = fields.TryGetValue("amount", out var amount) ? double.Parse(amount, CultureInfo.InvariantCulture) : 0;
        }
    }
}
