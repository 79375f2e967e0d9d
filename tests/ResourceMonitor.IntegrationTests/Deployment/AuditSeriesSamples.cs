using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// The audit series of the first compose plant as the worker's <see cref="AuditSeriesService"/> writes them: a real
/// report from <see cref="AuditReportBuilder"/> (28 baseline days, 14 reporting days ending yesterday, electricity and
/// water fitted against production, gas with too few days and so refused), turned into points by
/// <see cref="AuditSeriesPoints"/>. Daily points fall inside the audit panels' own 90-day range.
/// </summary>
public static class AuditSeriesSamples
{
    /// <summary>The points, for data ending at <paramref name="end"/>.</summary>
    public static IReadOnlyList<PointData> Points(DateTimeOffset end) =>
        AuditSeriesPoints.Of(Report(end), SamplePark.Catalog().Park.TimeZone);

    /// <summary>The report, made at <paramref name="end"/>.</summary>
    public static AuditReport Report(DateTimeOffset end)
    {
        var timeZone = SamplePark.Catalog().Park.TimeZone;
        var today = AuditSeriesPeriods.LocalDay(end, timeZone);
        var reporting = new ReportPeriod(today.AddDays(-14), today);
        var baseline = new ReportPeriod(reporting.From.AddDays(-28), reporting.From);
        var request = new ReportRequest(SamplePark.ComposePlants[0], reporting, baseline, Granularity.Daily, ["production"], 18);
        return new AuditReportBuilder(new RegressionFitter()).Build(
            request, Data(baseline, 1.0), Data(reporting, 0.95), timeZone.Id, end, new SymbiosisSection(false, "", []));
    }

    /// <summary>Daily production 150–290 units; electricity 400 kWh + 1.5 kWh per unit, water 10 m³ + 0.02 m³ per unit (times <paramref name="use"/>), gas on three days only.</summary>
    private static PlantData Data(ReportPeriod period, double use)
    {
        var days = Enumerable.Range(0, period.Days).Select(i => (Day: period.From.AddDays(i), Production: 150.0 + (37 * i % 141), Wobble: (i % 5) - 2.0)).ToList();
        var usage = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>>
        {
            ["production"] = Meter("fabric", days.Select(d => new DailyValue(d.Day, d.Production))),
            ["electricity"] = Meter("grid-power", days.Select(d => new DailyValue(d.Day, (400 + (1.5 * d.Production) + (3 * d.Wobble)) * use))),
            ["water"] = Meter("city-water", days.Select(d => new DailyValue(d.Day, (10 + (0.02 * d.Production) + (0.2 * d.Wobble)) * use))),
            ["gas"] = Meter("boiler-gas", days.Take(3).Select(d => new DailyValue(d.Day, 900 + d.Wobble))),
        };
        return new PlantData(SamplePark.Id, usage, []);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<DailyValue>> Meter(string id, IEnumerable<DailyValue> days) =>
        new Dictionary<string, IReadOnlyList<DailyValue>> { [id] = days.ToList() };
}
