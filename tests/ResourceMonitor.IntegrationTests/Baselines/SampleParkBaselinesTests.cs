using ResourceMonitor.Domain.Baselines.Sufficiency;
using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Edge.Simulation;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Reports;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>
/// The sample park's plants, simulated by the edge agent's own simulator (catalog nominal rates and load profiles) for
/// 120 days, modelled the way the report does: every consumed resource gets a baseline or a refusal with a reason.
/// The statistics are written to the test output (docs/baselines.md quotes them).
/// </summary>
public sealed class SampleParkBaselinesTests(ITestOutputHelper output)
{
    private static readonly DateOnly First = new(2026, 6, 1);
    private static readonly DateOnly ReportingFrom = First.AddDays(90);
    private static readonly DateOnly End = First.AddDays(120);

    [Fact]
    public void Every_consumed_resource_of_the_simulated_sample_park_gets_a_baseline_or_a_refusal_with_its_reason()
    {
        var catalog = ParkCatalogLoader.LoadFile(RepositoryFiles.Path("catalog/hiep-phuoc.json"));
        var weather = catalog.Meters.Single(m => m.Resource == Resource.Weather);
        var temperature = Simulate(catalog, weather).Select(d => d with { Value = d.Value / 24 }).ToList(); // degC·h per day → daily mean
        var builder = new AuditReportBuilder(new RegressionFitter());
        var request = new ReportRequest("", new ReportPeriod(ReportingFrom, End), new ReportPeriod(First, ReportingFrom), Granularity.Daily, ["production", "cdd"], 18, Sufficiency: new SufficiencyRules { MinBaselineDays = 90 });
        var baselines = 0;

        foreach (var plant in catalog.Plants)
        {
            var usage = catalog.MetersOf(plant.Id)
                .Where(m => m.Role is MeterRole.Intake or MeterRole.Production)
                .GroupBy(m => m.Resource.ToString().ToLowerInvariant())
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, IReadOnlyList<DailyValue>>)g.ToDictionary(m => m.Id, m => (IReadOnlyList<DailyValue>)Simulate(catalog, m)));
            var data = new PlantData(catalog.Park.Id, usage, temperature);

            var report = builder.Build(request with { Plant = plant.Id }, data, data, catalog.Park.TimeZone.Id, DateTimeOffset.UnixEpoch, new SymbiosisSection(false, "", []));

            foreach (var baseline in report.Baselines)
            {
                baselines++;
                Assert.True(baseline.Model is not null || baseline.Refusal is { Detail.Length: > 0 }, $"{plant.Id}/{baseline.Resource}");
                output.WriteLine(Describe(plant.Id, baseline));
            }
        }

        Assert.True(baselines >= 10, $"only {baselines} baselines");
    }

    private static List<DailyValue> Simulate(ParkCatalog catalog, Meter meter)
    {
        var options = CatalogMeters.Of(catalog, meter.PlantId, "sample").Single(o => o.Meter == meter.Id);
        var simulator = new MeterSimulator(options, seed: 2026, catalog.Park.TimeZone);
        var days = new List<DailyValue>();
        var step = TimeSpan.FromMinutes(15);
        var previous = (double?)null;
        for (var day = First; day < End; day = day.AddDays(1))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), catalog.Park.TimeZone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue)));
            var total = 0.0;
            for (var at = start; at < start.AddDays(1); at += step)
            {
                var value = simulator.ValueAt(at);
                total += meter.Kind == ReadingKind.Counter ? (previous is { } p ? value - p : 0) : value * step.TotalHours;
                previous = value;
            }

            days.Add(new DailyValue(day, total));
        }

        return days;
    }

    private static string Describe(string plant, ResourceBaseline baseline)
    {
        if (baseline.Model is not { } m)
        {
            return $"{plant}/{baseline.Resource}: refused ({baseline.Refusal!.Reason}): {baseline.Refusal.Detail}";
        }

        var coefficients = string.Join(", ", m.Coefficients.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Estimate:G4} (t {c.TStatistic:F1}, p {c.PValue:G2})")));
        return string.Create(CultureInfo.InvariantCulture,
            $"{plant}/{baseline.Resource}: n {m.Observations}, R² {m.RSquared:F3}, adj {m.AdjustedRSquared:F3}, CV(RMSE) {m.CvRmsePercent:F2} %, NMBE {m.NmbePercent:F3} %, F p {m.FPValue:G2}, ASHRAE {(m.MeetsAshrae14 ? "pass" : "fail")}, ISO {(m.Iso50006.Passes ? "pass" : "fail: " + string.Join("/", m.Iso50006.VariablesFailingPValue))}, savings {baseline.Savings?.SavingsPercent:F2} %; {coefficients}");
    }
}
