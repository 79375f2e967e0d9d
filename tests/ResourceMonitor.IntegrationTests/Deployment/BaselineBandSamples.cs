using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Baselines;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// The live band (measurement <c>baseline_band</c>) of every meter of the first compose plant, built as the worker
/// builds it (<see cref="BaselineBandSchedule"/>, <see cref="BaselineBandPoint"/>): the usual level is each meter's
/// nominal rate (what <see cref="DashboardData"/> writes as its live level), P10 and P90 ±10 % around it.
/// </summary>
public static class BaselineBandSamples
{
    /// <summary>A meter of that plant with a band, for the dashboards' <c>$meter</c>.</summary>
    public const string Meter = "city-water";

    /// <summary>One point per meter and local hour from the hour containing <paramref name="from"/> through one hour past <paramref name="to"/>.</summary>
    public static IEnumerable<PointData> Points(DateTimeOffset from, DateTimeOffset to)
    {
        var catalog = SamplePark.Catalog();
        var zone = catalog.Park.TimeZone;
        var meters = catalog.Meters
            .Where(m => m.PlantId == SamplePark.ComposePlants[0] && m.Resource != Resource.Weather)
            .Select(m => Band(m, zone));
        return BaselineBandSchedule.For(meters, from, to - from + TimeSpan.FromHours(1), zone).Select(band => BaselineBandPoint.Create(band));
    }

    private static BandMeter Band(Meter meter, TimeZoneInfo zone)
    {
        var usual = meter.Nominal ?? 10;
        var bands = Enumerable.Repeat<ProfileBand?>(new ProfileBand(usual * 0.9, usual, usual * 1.1, 8), HourOfWeek.Count).ToList();
        return new BandMeter(
            new MeterKey(SamplePark.Id, meter.PlantId, meter.Id),
            meter.Resource.ToString().ToLowerInvariant(),
            meter.RateUnit,
            new HourOfWeekProfile(meter.Id, zone, bands));
    }
}
