using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Exchanges;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Reads the symbiosis opportunities of a plant and period from the <c>opportunity</c> measurement with InfluxQL, each
/// with its exchange workflow stage and legal position now from the exchange register (registered with the catalog by
/// the worker and the report command; without a catalog there is none, and the two stay empty).
/// </summary>
public sealed class OpportunityLoader(IInfluxQlReader reader, TimeProvider time, ExchangeRegister? exchanges = null)
{
    /// <summary>The opportunities where <paramref name="plant"/> gives or takes, between two instants.</summary>
    public async Task<SymbiosisSection> LoadAsync(string plant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        const string measurement = OpportunityMeasurement.Name;
        var fromPlant = InfluxQlTime.Identifier(OpportunityMeasurement.FromPlant);
        var toPlant = InfluxQlTime.Identifier(OpportunityMeasurement.ToPlant);
        var where = $"FROM {InfluxQlTime.Identifier(measurement)} WHERE ({fromPlant} = {InfluxQlTime.Quote(plant)} OR {toPlant} = {InfluxQlTime.Quote(plant)})";
        var group = $"GROUP BY {InfluxQlTime.Identifier(OpportunityMeasurement.Opportunity)}, {InfluxQlTime.Identifier(SeriesTags.Resource)}, {fromPlant}, {toPlant}";
        var totals = $"last({InfluxQlTime.Identifier(OpportunityMeasurement.TotalQuantity)}) AS \"quantity\", last({InfluxQlTime.Identifier(OpportunityMeasurement.TotalMoney)}) AS \"money\", " +
            $"last({InfluxQlTime.Identifier(OpportunityMeasurement.TotalCo2eKg)}) AS \"co2e\"";
        var inPeriod = await reader.QueryAsync(
            $"SELECT {totals}, last({InfluxQlTime.Identifier(OpportunityMeasurement.RateUnit)}) AS \"rate_unit\", count({InfluxQlTime.Identifier(OpportunityMeasurement.Reason)}) AS \"alerts\" {where} AND time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)} {group}",
            cancellationToken);
        var before = await reader.QueryAsync($"SELECT {totals} {where} AND time < {InfluxQlTime.Literal(from)} {group}", cancellationToken);
        var start = before.Series.ToDictionary(s => s.Tags.GetValueOrDefault(OpportunityMeasurement.Opportunity, ""), SeriesRow.First, StringComparer.Ordinal);

        var rows = inPeriod.Series.Select(series =>
        {
            var id = series.Tags.GetValueOrDefault(OpportunityMeasurement.Opportunity, "");
            var end = SeriesRow.First(series);
            var begin = start.GetValueOrDefault(id) ?? new Dictionary<string, object?>(StringComparer.Ordinal);
            return new OpportunitySummary(
                id,
                series.Tags.GetValueOrDefault(SeriesTags.Resource, ""),
                series.Tags.GetValueOrDefault(OpportunityMeasurement.FromPlant, ""),
                series.Tags.GetValueOrDefault(OpportunityMeasurement.ToPlant, ""),
                (int)SeriesRow.Number(end, "alerts"),
                SeriesRow.Number(end, "quantity") - SeriesRow.Number(begin, "quantity"),
                SeriesRow.Number(end, "money") - SeriesRow.Number(begin, "money"),
                SeriesRow.Number(end, "co2e") - SeriesRow.Number(begin, "co2e"),
                end.GetValueOrDefault("rate_unit") as string);
        }).Select(WithExchange).OrderByDescending(o => o.Money).ToList();

        var note = rows.Count == 0
            ? $"No symbiosis opportunity concerned {plant} in the period (measurement '{measurement}')."
            : $"{rows.Count} symbiosis opportunities concerned {plant} in the period; quantities are the growth of each opportunity's totals between its last point before the period and its last point in it (written at each alert and every running-totals interval while open; measurement '{measurement}').";
        return new SymbiosisSection(true, note, rows);
    }

    private OpportunitySummary WithExchange(OpportunitySummary summary) =>
        exchanges?.Status(summary.Opportunity, time.GetUtcNow()) is { } status
            ? summary with { Stage = status.Stage is { } stage ? ExchangeWorkflow.Describe(stage) : null, Legal = LegalSummary.Of(status.Legal) }
            : summary;
}
