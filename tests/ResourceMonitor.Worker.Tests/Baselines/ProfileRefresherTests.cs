using InfluxDB.Client.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Calendar;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Tests.Baselines;

public sealed class ProfileRefresherTests
{
    private const string Park = "hiep-phuoc";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 20, 0, TimeSpan.FromHours(7)); // Sunday, local
    private readonly FakeTimeProvider _time = new(Now);
    private readonly IInfluxQlReader _reader = Substitute.For<IInfluxQlReader>();
    private readonly IReadingCatalog _catalog = Substitute.For<IReadingCatalog>();
    private readonly IPointSink _sink = Substitute.For<IPointSink>();
    private readonly List<string> _written = [];
    private readonly ProfileStore _store = new();
    private readonly ProfileRefresher _refresher;

    public ProfileRefresherTests()
    {
        _catalog.Describe(Park, "food-01", "city-water").Returns(new MeterProfile("water", new MeterSeries(ReadingKind.Counter, CanonicalUnits.CubicMetre, CounterSpec.Unknown)));
        _sink.WriteAsync(Arg.Any<IReadOnlyList<PointData>>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask)
            .AndDoes(call => _written.AddRange(call.ArgAt<IReadOnlyList<PointData>>(0).Select(p => p.ToLineProtocol(null))));
        var options = Options.Create(new BaselinesOptions { TrailingWeeks = 4, MinimumWeeks = 3, BandHorizon = TimeSpan.FromHours(24) });
        var loader = new ProfileLoader(_reader, options, _time);
        var bands = new BaselineBandWriter(_catalog, _sink, options, _time, NullLogger<BaselineBandWriter>.Instance);
        _refresher = new ProfileRefresher(loader, _store, bands, options, _time, new TestStages(_time).Supervisor, NullLogger<ProfileRefresher>.Instance);
    }

    [Fact]
    public async Task A_refresh_writes_the_band_of_each_catalog_meter_for_the_current_and_the_coming_24_local_hours()
    {
        _reader.QueryAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(FourWeeks(("food-01", "city-water"), ("food-01", "retired-meter")));

        await _refresher.RefreshAsync(CancellationToken.None);

        Assert.Equal(2, _store.Count);
        Assert.Equal(25, _written.Count);
        Assert.All(_written, line => Assert.StartsWith("baseline_band,meter=city-water,park=hiep-phuoc,plant=food-01,resource=water,unit=m3/h ", line, StringComparison.Ordinal));
        Assert.EndsWith($"median=10,p10=10,p90=10,samples=4i {Now.AddMinutes(-20).ToUnixTimeSeconds()}", _written[0], StringComparison.Ordinal);
        Assert.EndsWith($"median=11,p10=11,p90=11,samples=4i {Now.AddMinutes(40).ToUnixTimeSeconds()}", _written[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_refresh_keeps_the_previous_profiles_and_still_writes_the_band_from_the_new_now()
    {
        _reader.QueryAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(FourWeeks(("food-01", "city-water")));
        await _refresher.RefreshAsync(CancellationToken.None);
        _written.Clear();
        _reader.QueryAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("connection refused"));
        _time.Advance(TimeSpan.FromHours(1));

        await _refresher.RefreshAsync(CancellationToken.None);

        Assert.Equal(25, _written.Count);
        Assert.EndsWith($"median=11,p10=11,p90=11,samples=4i {Now.AddMinutes(40).ToUnixTimeSeconds()}", _written[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_first_refresh_writes_nothing()
    {
        _reader.QueryAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).ThrowsAsync(new HttpRequestException("connection refused"));

        await _refresher.RefreshAsync(CancellationToken.None);

        Assert.Empty(_written);
        await _sink.DidNotReceiveWithAnyArgs().WriteAsync(default!, default);
    }

    [Fact]
    public async Task Profiles_are_read_in_local_hour_buckets_even_where_the_offset_is_not_whole_hours()
    {
        var queries = new List<string>();
        _reader.QueryAsync(Arg.Do<string>(queries.Add), Arg.Any<CancellationToken>()).Returns(new InfluxQlResult([]));
        var kolkata = Options.Create(new BaselinesOptions { TimeZone = "Asia/Kolkata" });

        await new ProfileLoader(_reader, kolkata, _time).LoadAsync(CancellationToken.None);
        await new ProfileLoader(_reader, Options.Create(new BaselinesOptions()), _time).LoadAsync(CancellationToken.None);

        Assert.Contains("GROUP BY time(1h, 30m),", queries[0], StringComparison.Ordinal);
        Assert.Contains("GROUP BY time(1h),", queries[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profiles_cover_the_trailing_weeks_of_complete_local_hours_only()
    {
        var queries = new List<string>();
        _reader.QueryAsync(Arg.Do<string>(queries.Add), Arg.Any<CancellationToken>()).Returns(new InfluxQlResult([]));
        var currentHour = Now.AddMinutes(-20);

        await new ProfileLoader(_reader, Options.Create(new BaselinesOptions { TrailingWeeks = 4 }), _time).LoadAsync(CancellationToken.None);

        Assert.Contains($"time >= {InfluxQlTime.Literal(currentHour.AddDays(-28))} AND time < {InfluxQlTime.Literal(currentHour)}", queries[0], StringComparison.Ordinal);
    }

    /// <summary>The four weeks of hourly levels before the current hour, each equal to its local hour of the day.</summary>
    private static InfluxQlResult FourWeeks(params (string Plant, string Meter)[] meters)
    {
        var rows = new List<IReadOnlyList<object?>>();
        var currentHour = LocalHours.StartOf(Now, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        for (var at = currentHour.AddDays(-28); at < currentHour; at = at.AddHours(1))
        {
            rows.Add([at.ToUnixTimeMilliseconds(), (double)at.ToOffset(TimeSpan.FromHours(7)).Hour]);
        }

        return new InfluxQlResult(meters.Select(m => new InfluxQlSeries("usage_1m", new Dictionary<string, string> { ["park"] = Park, ["plant"] = m.Plant, ["meter"] = m.Meter }, ["time", "mean"], rows)).ToList());
    }
}
