using InfluxDB.Client.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

public sealed class AuditSeriesServiceTests
{
    private static readonly ParkCatalog Catalog = ParkCatalogLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "catalog", "hiep-phuoc.json"));
    private readonly TimerCountingTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero)); // 17:00 local
    private readonly IAuditReportSource _reports = Substitute.For<IAuditReportSource>();
    private readonly IPointSink _sink = Substitute.For<IPointSink>();
    private readonly List<ReportRequest> _requests = [];
    private readonly List<IReadOnlyList<PointData>> _written = [];
    private readonly ReportsOptions _options = new();

    public AuditSeriesServiceTests()
    {
        _reports.TimeZone.Returns(TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        // Only the dyeing plant has data; every other plant's report comes back empty (no park found).
        _reports.CreateAsync(Arg.Any<ReportRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            var request = call.Arg<ReportRequest>();
            _requests.Add(request);
            var report = SampleAuditReport.Create(request.Plant);
            return request.Plant == "dyeing-01" ? report : report with { Park = null, Baselines = [] };
        });
        _sink.WriteAsync(Arg.Any<IReadOnlyList<PointData>>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask)
            .AndDoes(call => _written.Add(call.Arg<IReadOnlyList<PointData>>()));
    }

    [Fact]
    public async Task A_run_builds_every_catalog_plants_daily_report_and_writes_only_plants_with_data()
    {
        var run = await Service().RunOnceAsync(CancellationToken.None);

        Assert.Equal(Catalog.Plants.Select(p => p.Id), _requests.Select(r => r.Plant));
        Assert.All(_requests, r => Assert.Equal(Granularity.Daily, r.Granularity));
        Assert.All(_requests, r => Assert.Equal(["production", "hdd", "cdd"], r.Drivers));
        Assert.All(_requests, r => Assert.Equal(new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 29)), r.Reporting));
        var points = Assert.Single(_written);
        Assert.Equal(5 + 1 + 1, points.Count); // 5 electricity days, the electricity model, the refused water model
        Assert.Equal(new AuditSeriesRun(run.Periods, 1, Catalog.Plants.Count - 1, 7, null), run);
    }

    [Fact]
    public async Task An_auditors_baseline_from_configuration_sets_the_periods_of_every_request()
    {
        _options.Series.BaselineFrom = new DateOnly(2026, 6, 1);
        _options.Series.BaselineTo = new DateOnly(2026, 9, 1);
        _options.Series.Drivers = "production";

        await Service().RunOnceAsync(CancellationToken.None);

        Assert.All(_requests, r => Assert.Equal(new ReportPeriod(new DateOnly(2026, 6, 1), new DateOnly(2026, 9, 1)), r.Baseline));
        Assert.All(_requests, r => Assert.Equal(new ReportPeriod(new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 29)), r.Reporting));
        Assert.All(_requests, r => Assert.Equal(["production"], r.Drivers));
    }

    [Fact]
    public async Task A_baseline_that_has_not_ended_writes_nothing_and_asks_for_no_report()
    {
        _options.Series.BaselineFrom = new DateOnly(2026, 11, 1);
        _options.Series.BaselineTo = new DateOnly(2026, 12, 1);

        var run = await Service().RunOnceAsync(CancellationToken.None);

        Assert.Null(run.Periods);
        Assert.Empty(_requests);
        Assert.Empty(_written);
    }

    [Fact]
    public async Task The_first_run_comes_after_the_start_delay_then_one_per_interval_and_an_unreachable_influxdb_is_retried_at_the_next_tick()
    {
        var calls = 0;
        _reports.CreateAsync(Arg.Any<ReportRequest>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            return Interlocked.Increment(ref calls) == 1
                ? throw new HttpRequestException("Connection refused (influxdb:8086)")
                : SampleAuditReport.Create(call.Arg<ReportRequest>().Plant);
        });
        using var service = Service();
        await service.StartAsync(CancellationToken.None);
        await Eventually(() => _time.TimersCreated == 1); // ExecuteAsync runs on its own thread: wait until the start delay is set

        _time.Advance(TimeSpan.FromSeconds(59));
        await Task.Delay(50);
        Assert.Equal(0, Volatile.Read(ref calls));

        _time.Advance(TimeSpan.FromSeconds(1)); // the start delay is over: InfluxDB refuses the first plant, the run ends
        await Eventually(() => Volatile.Read(ref calls) == 1);
        await Eventually(() => _time.TimersCreated == 2); // the interval timer
        Assert.Equal(1, Volatile.Read(ref calls));
        Assert.Empty(_written);

        _time.Advance(TimeSpan.FromHours(1)); // next tick: every plant is built again and written
        await Eventually(() => _written.Count == Catalog.Plants.Count, () => $"calls {Volatile.Read(ref calls)}, written {_written.Count}");
        await service.StopAsync(CancellationToken.None);
    }

    private AuditSeriesService Service() =>
        new(_reports, new ResourceMonitor.Worker.Catalog.ParkCatalogs(Catalog), _sink, Options.Create(_options), _time, new TestStages(_time).Supervisor, NullLogger<AuditSeriesService>.Instance);

    /// <summary>Fake time that counts the timers created on it (Task.Delay and PeriodicTimer both make one).</summary>
    private sealed class TimerCountingTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _timers;

        public int TimersCreated => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    private static async Task Eventually(Func<bool> condition, Func<string>? state = null)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition(), state?.Invoke());
    }
}
