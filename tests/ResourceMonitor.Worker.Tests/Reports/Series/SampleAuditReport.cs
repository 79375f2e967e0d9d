using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Sufficiency;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

/// <summary>
/// A real <see cref="AuditReport"/> from <see cref="AuditReportBuilder"/>: a plant whose daily electricity is
/// 100 + 2 × production (+ a small wobble), 20 baseline days and 5 reporting days using 10 kWh less per day, and water
/// with only 3 baseline days (refused: too few points).
/// </summary>
public static class SampleAuditReport
{
    public const string Park = "hiep-phuoc";
    public const string Plant = "dyeing-01";
    public static readonly ReportPeriod Baseline = new(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 21));
    public static readonly ReportPeriod Reporting = new(new DateOnly(2026, 10, 21), new DateOnly(2026, 10, 26));

    public static AuditReport Create(string plant = Plant)
    {
        // Sufficiency off: this sample is about the points and texts of fitted and refused (too few points) models.
        var request = new ReportRequest(plant, Reporting, Baseline, Granularity.Daily, ["production"], 18, Sufficiency: new SufficiencyRules { MinBaselineDays = 1, MinShareOfDays = 0 });
        return new AuditReportBuilder(new RegressionFitter()).Build(request, Data(Baseline, 0, waterDays: 3), Data(Reporting, 10, waterDays: 5), "Asia/Ho_Chi_Minh", new DateTimeOffset(2026, 10, 27, 3, 15, 0, TimeSpan.Zero), new SymbiosisSection(false, "", []));
    }

    private static PlantData Data(ReportPeriod period, double saving, int waterDays)
    {
        var days = Enumerable.Range(0, period.Days).Select(i => period.From.AddDays(i)).ToList();
        var production = days.Select((d, i) => new DailyValue(d, 50 + (7 * i % 30))).ToList();
        var electricity = production.Select((p, i) => new DailyValue(p.Day, 100 + (2 * p.Value) + (i % 3) - 1 - saving)).ToList();
        var water = days.Take(waterDays).Select(d => new DailyValue(d, 12)).ToList();
        var usage = new Dictionary<string, IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>>
        {
            ["electricity"] = new Dictionary<string, IReadOnlyList<DailyValue>> { ["grid-power"] = electricity },
            ["production"] = new Dictionary<string, IReadOnlyList<DailyValue>> { ["fabric"] = production },
            ["water"] = new Dictionary<string, IReadOnlyList<DailyValue>> { ["city-water"] = water },
        };
        return new PlantData(Park, usage, []);
    }
}
