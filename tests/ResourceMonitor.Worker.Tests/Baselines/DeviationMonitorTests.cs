using System.Text.Json;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Baselines;

public sealed class DeviationMonitorTests
{
    private static readonly MeterKey WaterIntake = new("hiep-phuoc", "food", "water-intake");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 16, 0, 0, TimeSpan.Zero)); // 23:00 local
    private readonly IParkPublisher _publisher = Substitute.For<IParkPublisher>();
    private readonly IPointSink _sink = Substitute.For<IPointSink>();
    private readonly List<(string Topic, JsonDocument Payload)> _published = [];
    private readonly DeviationMonitor _monitor;

    public DeviationMonitorTests()
    {
        var store = new ProfileStore();
        var band = new ProfileBand(0.8, 1.0, 1.2, 8);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        store.Replace(new Dictionary<MeterKey, HourOfWeekProfile> { [WaterIntake] = new(WaterIntake.Meter, zone, Enumerable.Repeat<ProfileBand?>(band, 168).ToList()) });
        _publisher.PublishAsync(Arg.Any<string>(), Arg.Any<ReadOnlyMemory<byte>>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask)
            .AndDoes(call => _published.Add((call.ArgAt<string>(0), JsonDocument.Parse(call.ArgAt<ReadOnlyMemory<byte>>(1)))));
        var options = Options.Create(new BaselinesOptions());
        _monitor = new DeviationMonitor(store, _publisher, _sink, options, new TestStages(_time).Supervisor, NullLogger<DeviationMonitor>.Instance);
    }

    [Fact]
    public async Task Night_water_intake_at_three_times_its_band_publishes_an_opened_then_a_closed_alert_on_the_park_and_the_plants_alerts_topics()
    {
        await FeedGaugeAsync(3.0, minutes: 45);
        await FeedGaugeAsync(1.0, minutes: 20);

        Assert.Equal(["rm/v1/hiep-phuoc/alerts", "rm/v1/hiep-phuoc/food/alerts", "rm/v1/hiep-phuoc/alerts", "rm/v1/hiep-phuoc/food/alerts"], _published.Select(p => p.Topic));
        Assert.Equal(_published[0].Payload.RootElement.GetRawText(), _published[1].Payload.RootElement.GetRawText());
        var parkWide = _published.Where(p => p.Topic == "rm/v1/hiep-phuoc/alerts").ToList();
        var opened = parkWide[0].Payload.RootElement;
        Assert.Equal("baseline_deviation", opened.GetProperty("type").GetString());
        Assert.Equal("opened", opened.GetProperty("state").GetString());
        Assert.Equal("food", opened.GetProperty("plant").GetString());
        Assert.Equal("above", opened.GetProperty("direction").GetString());
        Assert.Equal(3.0, opened.GetProperty("value").GetDouble());
        Assert.Equal(1.2, opened.GetProperty("p90").GetDouble());
        Assert.Equal("closed", parkWide[1].Payload.RootElement.GetProperty("state").GetString());
        await _sink.Received(2).WriteAsync(Arg.Is<IReadOnlyList<PointData>>(p => p.Count == 1), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task A_counter_is_judged_by_its_usage_rate_and_a_reset_is_skipped_not_alerted()
    {
        // 0.05 m3 per minute = 3 m3/h; one reset to 0 in the middle.
        var value = 1000.0;
        for (var minute = 0; minute < 45; minute++)
        {
            value = minute == 20 ? 0 : value + 0.05;
            await _monitor.ProcessAsync(Batch(new Reading(WaterIntake.Meter, _time.GetUtcNow(), value, CanonicalUnits.CubicMetre, ReadingKind.Counter)), CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var opened = Assert.Single(_published, p => p.Topic == "rm/v1/hiep-phuoc/alerts");
        Assert.Equal(3.0, opened.Payload.RootElement.GetProperty("value").GetDouble(), 6);
    }

    [Fact]
    public async Task Back_filled_readings_are_judged_on_their_own_time_and_open_an_alert_where_the_meter_was_outside_its_band()
    {
        // An edge agent back online delivers 45 minutes of buffered readings at once, two hours after they were taken:
        // the meter was at 3 m3/h for 45 minutes, which is a sustained deviation whatever the wall clock did meanwhile.
        var taken = _time.GetUtcNow().AddHours(-2);
        var readings = Enumerable.Range(0, 45).Select(m => new Reading(WaterIntake.Meter, taken.AddMinutes(m), 3.0, CanonicalUnits.CubicMetrePerHour, ReadingKind.Gauge)).ToList();

        await _monitor.ProcessAsync(new AcceptedBatch(WaterIntake.Park, WaterIntake.Plant, "edge-food", "backlog", readings), CancellationToken.None);

        var opened = Assert.Single(_published, p => p.Topic == "rm/v1/hiep-phuoc/alerts").Payload.RootElement;
        Assert.Equal(taken.AddMinutes(30), opened.GetProperty("ts").GetDateTimeOffset());
        Assert.Equal(taken, opened.GetProperty("since").GetDateTimeOffset());
    }

    [Fact]
    public async Task Readings_spanning_less_than_the_sustain_time_never_open_an_alert_however_slowly_they_arrive()
    {
        // Ten readings a minute apart on the meter's clock, delivered one every five minutes (a slow link): 9 minutes
        // outside the band is not 30, although 50 minutes pass on the wall clock.
        var taken = _time.GetUtcNow();
        for (var m = 0; m < 10; m++)
        {
            await _monitor.ProcessAsync(Batch(new Reading(WaterIntake.Meter, taken.AddMinutes(m), 3.0, CanonicalUnits.CubicMetrePerHour, ReadingKind.Gauge)), CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Empty(_published);
    }

    [Fact]
    public async Task A_meter_without_a_profile_never_alerts()
    {
        for (var minute = 0; minute < 60; minute++)
        {
            await _monitor.ProcessAsync(Batch(new Reading("unknown-meter", _time.GetUtcNow(), 100, CanonicalUnits.CubicMetrePerHour, ReadingKind.Gauge)), CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Empty(_published);
    }

    private async Task FeedGaugeAsync(double value, int minutes)
    {
        for (var i = 0; i < minutes; i++)
        {
            await _monitor.ProcessAsync(Batch(new Reading(WaterIntake.Meter, _time.GetUtcNow(), value, CanonicalUnits.CubicMetrePerHour, ReadingKind.Gauge)), CancellationToken.None);
            _time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static AcceptedBatch Batch(Reading reading) => new(WaterIntake.Park, WaterIntake.Plant, "edge-food", Guid.NewGuid().ToString(), [reading]);
}
