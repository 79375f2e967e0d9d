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
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero)); // 17:00 local
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

        // ExecuteAsync runs on its own thread and the supervisor may make timers of its own on the same clock, so the
        // clock moves in small steps until the first call: it must come no earlier than the 60 s start delay.
        var untilFirst = await AdvanceUntil(() => Volatile.Read(ref calls) >= 1, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(5));
        Assert.True(untilFirst >= TimeSpan.FromSeconds(60), $"first run after {untilFirst}, before the 60 s start delay");
        await Task.Delay(100);
        Assert.Equal(1, Volatile.Read(ref calls)); // InfluxDB refused the first plant: the run ended there
        Assert.Empty(_written);

        // The next run comes at the next interval (1 h), not before: then every plant is built again and written.
        var untilNext = await AdvanceUntil(() => Volatile.Read(ref calls) >= 2, TimeSpan.FromMinutes(1), TimeSpan.FromHours(3));
        Assert.True(untilNext >= TimeSpan.FromMinutes(59), $"second run after {untilNext}, before the 1 h interval");
        await Eventually(() => _written.Count == Catalog.Plants.Count, () => $"calls {Volatile.Read(ref calls)}, written {_written.Count}");
        await service.StopAsync(CancellationToken.None);
    }

    private AuditSeriesService Service() =>
        new(_reports, new ResourceMonitor.Worker.Catalog.ParkCatalogs(Catalog), _sink, Options.Create(_options), _time, new TestStages(_time).Supervisor, NullLogger<AuditSeriesService>.Instance);

    /// <summary>Advances the fake clock by <paramref name="step"/> (letting the service's thread react) until <paramref name="condition"/> holds; returns the time advanced.</summary>
    private async Task<TimeSpan> AdvanceUntil(Func<bool> condition, TimeSpan step, TimeSpan limit)
    {
        var advanced = TimeSpan.Zero;
        while (!condition() && advanced < limit)
        {
            _time.Advance(step);
            advanced += step;
            for (var i = 0; i < 20 && !condition(); i++)
            {
                await Task.Delay(5);
            }
        }

        Assert.True(condition(), $"nothing happened within {limit} of fake time");
        return advanced;
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
