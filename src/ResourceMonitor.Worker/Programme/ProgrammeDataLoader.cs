using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Programme;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Programme;

/// <summary>
/// Reads what a park measured in a period with InfluxQL: per meter the sum of its <c>usage_1m</c> amounts and coverage,
/// for waste stock gauges the sum of their rises in <c>reading</c> (what was put on the pile), and the growth of each
/// opportunity's totals in <c>opportunity</c>. Aggregates only: nothing plant-level leaves this class except as totals.
/// </summary>
public sealed class ProgrammeDataLoader(IInfluxQlReader reader)
{
    /// <summary>The park's meter totals and exchanges between two instants.</summary>
    public async Task<(IReadOnlyList<MeterPeriodTotal> Meters, IReadOnlyList<ExchangeTotal> Exchanges)> LoadAsync(
        ParkCatalog catalog, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var park = $"{I(SeriesTags.Park)} = {InfluxQlTime.Quote(catalog.Park.Id)}";
        var range = $"time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)}";
        var byMeter = $"GROUP BY {I(SeriesTags.Plant)}, {I(SeriesTags.Meter)}";

        var usage = await reader.QueryAsync(
            $"SELECT sum({I(UsageMeasurement.Amount)}) AS \"amount\", sum({I(UsageMeasurement.Coverage)}) AS \"covered\" " +
            $"FROM {I(UsageMeasurement.Name)} WHERE {park} AND {range} {byMeter}",
            cancellationToken);
        var rises = await reader.QueryAsync(
            $"SELECT sum(\"rise\") AS \"rise\" FROM (SELECT non_negative_difference({I(ReadingMeasurement.Value)}) AS \"rise\" " +
            $"FROM {I(ReadingMeasurement.Name)} WHERE {park} AND {I(SeriesTags.Resource)} = 'waste' AND {I(ReadingMeasurement.Kind)} = 'gauge' AND {range} {byMeter}) {byMeter}",
            cancellationToken);
        var risen = rises.Series.ToDictionary(Key, s => SeriesRow.Number(SeriesRow.First(s), "rise"));

        var used = usage.Series.ToDictionary(Key, SeriesRow.First);
        var meters = used.Keys.Union(risen.Keys).Select(key =>
        {
            var row = used.GetValueOrDefault(key) ?? new Dictionary<string, object?>(StringComparer.Ordinal);
            var amount = IsStock(catalog, key.Plant, key.Meter) ? risen.GetValueOrDefault(key) : SeriesRow.Number(row, "amount");
            return new MeterPeriodTotal(key.Plant, key.Meter, amount, SeriesRow.Number(row, "covered"));
        }).ToList();
        return (meters, await ExchangesAsync(park, from, to, cancellationToken));
    }

    private async Task<IReadOnlyList<ExchangeTotal>> ExchangesAsync(string park, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var source = $"FROM {I(OpportunityMeasurement.Name)} WHERE {park}";
        var totals = $"last({I(OpportunityMeasurement.TotalQuantity)}) AS \"quantity\", last({I(OpportunityMeasurement.TotalMoney)}) AS \"money\", last({I(OpportunityMeasurement.TotalCo2eKg)}) AS \"co2e\"";
        var group = $"GROUP BY {I(OpportunityMeasurement.Opportunity)}, {I(SeriesTags.Resource)}";
        var end = await reader.QueryAsync($"SELECT {totals} {source} AND time < {InfluxQlTime.Literal(to)} {group}", cancellationToken);
        var start = await reader.QueryAsync($"SELECT {totals} {source} AND time < {InfluxQlTime.Literal(from)} {group}", cancellationToken);
        var before = start.Series.ToDictionary(s => s.Tags.GetValueOrDefault(OpportunityMeasurement.Opportunity, ""), SeriesRow.First, StringComparer.Ordinal);
        return end.Series
            .Where(s => Enum.TryParse<Resource>(s.Tags.GetValueOrDefault(SeriesTags.Resource, ""), ignoreCase: true, out _))
            .Select(series =>
            {
                var id = series.Tags.GetValueOrDefault(OpportunityMeasurement.Opportunity, "");
                var now = SeriesRow.First(series);
                var then = before.GetValueOrDefault(id) ?? new Dictionary<string, object?>(StringComparer.Ordinal);
                return new ExchangeTotal(
                    id,
                    Enum.Parse<Resource>(series.Tags[SeriesTags.Resource], ignoreCase: true),
                    SeriesRow.Number(now, "quantity") - SeriesRow.Number(then, "quantity"),
                    SeriesRow.Number(now, "money") - SeriesRow.Number(then, "money"),
                    SeriesRow.Number(now, "co2e") - SeriesRow.Number(then, "co2e"),
                    Implemented: false);
            }).ToList();
    }

    private static bool IsStock(ParkCatalog catalog, string plant, string meter) =>
        catalog.TryGetMeter(plant, meter, out var m) && m is { Resource: Resource.Waste, Kind: ReadingKind.Gauge, Unit: CanonicalUnits.Kilogram };

    private static (string Plant, string Meter) Key(InfluxQlSeries series) =>
        (series.Tags.GetValueOrDefault(SeriesTags.Plant, ""), series.Tags.GetValueOrDefault(SeriesTags.Meter, ""));

    private static string I(string name) => InfluxQlTime.Identifier(name);

}
