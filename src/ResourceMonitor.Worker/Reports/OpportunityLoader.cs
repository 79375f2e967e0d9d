using System.Globalization;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Reads the symbiosis opportunities of a plant and period from the <c>opportunity</c> measurement with InfluxQL.</summary>
public sealed class OpportunityLoader(IInfluxQlReader reader)
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
        var start = before.Series.ToDictionary(s => s.Tags.GetValueOrDefault(OpportunityMeasurement.Opportunity, ""), Row, StringComparer.Ordinal);

        var rows = inPeriod.Series.Select(series =>
        {
            var id = series.Tags.GetValueOrDefault(OpportunityMeasurement.Opportunity, "");
            var end = Row(series);
            var begin = start.GetValueOrDefault(id) ?? new Dictionary<string, object?>(StringComparer.Ordinal);
            return new OpportunitySummary(
                id,
                series.Tags.GetValueOrDefault(SeriesTags.Resource, ""),
                series.Tags.GetValueOrDefault(OpportunityMeasurement.FromPlant, ""),
                series.Tags.GetValueOrDefault(OpportunityMeasurement.ToPlant, ""),
                (int)Number(end, "alerts"),
                Number(end, "quantity") - Number(begin, "quantity"),
                Number(end, "money") - Number(begin, "money"),
                Number(end, "co2e") - Number(begin, "co2e"),
                end.GetValueOrDefault("rate_unit") as string);
        }).OrderByDescending(o => o.Money).ToList();

        var note = rows.Count == 0
            ? $"No symbiosis opportunity concerned {plant} in the period (measurement '{measurement}')."
            : $"{rows.Count} symbiosis opportunities concerned {plant} in the period; quantities are the growth of each opportunity's totals between its last point before the period and its last point in it (written at each alert and every running-totals interval while open; measurement '{measurement}').";
        return new SymbiosisSection(true, note, rows);
    }

    private static Dictionary<string, object?> Row(InfluxQlSeries series) =>
        series.Columns.Zip(series.Values.Count > 0 ? series.Values[0] : []).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    private static double Number(Dictionary<string, object?> row, string column) =>
        row.GetValueOrDefault(column) is { } value and not string ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;
}
