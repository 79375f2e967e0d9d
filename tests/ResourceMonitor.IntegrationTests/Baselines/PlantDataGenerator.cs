using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using MathNet.Numerics.Distributions;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>
/// Writes the sample park's dyeing plant's known history in the worker's measurements (usage_1m as docs/storage.md describes it, reading for weather): hourly electricity usage whose daily total is
/// 500 + 2.5 × production + 40 × CDD + noise (σ 30 kWh), hourly production counts, hourly water intake and effluent (a discharge: reported, never baselined), and an hourly
/// outdoor temperature on a <c>weather</c> meter whose daily mean is 18 °C + that day's CDD. Reporting days use 10 % less
/// electricity than the model. Days are local (UTC+7), as the report counts them.
/// </summary>
public sealed class PlantDataGenerator
{
    public const string Park = "hiep-phuoc";
    public const string Plant = "dyeing-01"; // the sample catalog's dyeing plant, with its meter ids
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);
    private readonly List<PointData> _points = [];

    public Dictionary<string, double> ReportingTotals { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PointData> Points => _points;

    public static PlantDataGenerator Create(DateOnly baselineFrom, DateOnly reportingFrom, DateOnly reportingTo, int seed)
    {
        var generator = new PlantDataGenerator();
        var random = new Random(seed);
        var noise = new Normal(0, 30, random);
        for (var day = baselineFrom; day < reportingTo; day = day.AddDays(1))
        {
            var reporting = day >= reportingFrom;
            var production = 200 + (random.NextDouble() * 300);
            var cdd = 8 + (3 * Math.Sin(day.DayNumber / 9.0)) + ((random.NextDouble() * 2) - 1);
            var electricity = (500 + (2.5 * production) + (40 * cdd) + noise.Sample()) * (reporting ? 0.9 : 1.0);
            var water = 20 + (0.05 * production) + (random.NextDouble() * 2);
            generator.Day(day, reporting, production, 18 + cdd, electricity, water);
        }

        return generator;
    }

    private void Day(DateOnly day, bool reporting, double production, double meanTemperature, double electricity, double water)
    {
        for (var hour = 0; hour < 24; hour++)
        {
            var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, 30)), Offset).UtcDateTime;
            var share = 1.0 / 24;
            Usage(at, "electricity", "grid-power", electricity * share, reporting);
            Usage(at, "production", "fabric", production * share, reporting);
            Usage(at, "water", "city-water", water * share, reporting);
            Usage(at, "water", "effluent", water * share * 0.8, reporting, flow: "water-discharge");
            _points.Add(PointData.Measurement("reading")
                .Tag("park", Park).Tag("plant", "park-services").Tag("meter", "outdoor-temp").Tag("resource", "weather").Tag("kind", "gauge")
                .Field("value", meanTemperature + (4 * Math.Sin(2 * Math.PI * hour / 24)))
                .Timestamp(at, WritePrecision.Ms));
        }
    }

    /// <summary>
    /// Opportunity alerts as docs/symbiosis.md describes the measurement: the dyeing plant's effluent to the paper mill
    /// (totals 100 before the reporting period, 400 at its last alert in it: 300 m3 in the period), and one pair that does
    /// not concern the dyeing plant.
    /// </summary>
    public static IReadOnlyList<PointData> Opportunities() =>
    [
        Opportunity("effluent-offer--paper-water", Plant, "paper-01", "opened", new DateTime(2026, 8, 20, 3, 0, 0, DateTimeKind.Utc), 100),
        Opportunity("effluent-offer--paper-water", Plant, "paper-01", "updated", new DateTime(2026, 9, 5, 3, 0, 0, DateTimeKind.Utc), 150),
        Opportunity("effluent-offer--paper-water", Plant, "paper-01", "running", new DateTime(2026, 9, 12, 3, 0, 0, DateTimeKind.Utc), 250),
        Opportunity("effluent-offer--paper-water", Plant, "paper-01", "closed", new DateTime(2026, 9, 20, 3, 0, 0, DateTimeKind.Utc), 400),
        Opportunity("steel-heat--food-heat", "steel-01", "food-01", "opened", new DateTime(2026, 9, 10, 3, 0, 0, DateTimeKind.Utc), 5000),
    ];

    private static PointData Opportunity(string id, string from, string to, string state, DateTime at, double quantity) =>
        PointData.Measurement("opportunity")
            .Tag("park", Park).Tag("opportunity", id).Tag("resource", "water").Tag("from_plant", from).Tag("to_plant", to).Tag("event", state)
            .Field("open", state != "closed")
            .Field("reason", state == "running" ? null : state == "closed" ? "offer not in surplus" : "offer in surplus and need active")
            .Field("rate_unit", "m3/h")
            .Field("total_quantity", quantity)
            .Field("total_money", quantity * 18500)
            .Field("total_co2e_kg", quantity * 0.34)
            .Timestamp(at, WritePrecision.Ms);

    private void Usage(DateTime at, string resource, string meter, double value, bool reporting, string? flow = null)
    {
        _points.Add(PointData.Measurement("usage_1m")
            .Tag("park", Park).Tag("plant", Plant).Tag("meter", meter).Tag("resource", resource)
            .Field("amount", value)
            .Field("mean_rate", value)
            .Timestamp(at, WritePrecision.Ms));
        if (reporting)
        {
            ReportingTotals[flow ?? resource] = ReportingTotals.GetValueOrDefault(flow ?? resource) + value;
        }
    }
}
