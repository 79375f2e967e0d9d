using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Reads the symbiosis opportunities of a plant and period from the <c>opportunity</c> measurement with InfluxQL.</summary>
public sealed class OpportunityLoader(IInfluxQlReader reader, IOptions<ReportsOptions> options)
{
    /// <summary>The opportunities where <paramref name="plant"/> gives or takes, between two instants.</summary>
    public async Task<SymbiosisSection> LoadAsync(string plant, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var measurement = options.Value.OpportunityMeasurement;
        if (string.IsNullOrEmpty(measurement))
        {
            return new SymbiosisSection(false, "Symbiosis opportunities are not included: Reports:OpportunityMeasurement is empty.", []);
        }

        var where = $"FROM {InfluxQlTime.Identifier(measurement)} WHERE (\"from_plant\" = {InfluxQlTime.Quote(plant)} OR \"to_plant\" = {InfluxQlTime.Quote(plant)})";
        var group = "GROUP BY \"opportunity\", \"resource\", \"from_plant\", \"to_plant\"";
        var totals = "last(\"total_quantity\") AS \"quantity\", last(\"total_money\") AS \"money\", last(\"total_co2e_kg\") AS \"co2e\"";
        var inPeriod = await reader.QueryAsync(
            $"SELECT {totals}, last(\"rate_unit\") AS \"rate_unit\", count(\"reason\") AS \"alerts\" {where} AND time >= {InfluxQlTime.Literal(from)} AND time < {InfluxQlTime.Literal(to)} {group}",
            cancellationToken);
        var before = await reader.QueryAsync($"SELECT {totals} {where} AND time < {InfluxQlTime.Literal(from)} {group}", cancellationToken);
        var start = before.Series.ToDictionary(s => s.Tags.GetValueOrDefault("opportunity", ""), SeriesRow.First, StringComparer.Ordinal);

        var rows = inPeriod.Series.Select(series =>
        {
            var id = series.Tags.GetValueOrDefault("opportunity", "");
            var end = SeriesRow.First(series);
            var begin = start.GetValueOrDefault(id) ?? new Dictionary<string, object?>(StringComparer.Ordinal);
            return new OpportunitySummary(
                id,
                series.Tags.GetValueOrDefault("resource", ""),
                series.Tags.GetValueOrDefault("from_plant", ""),
                series.Tags.GetValueOrDefault("to_plant", ""),
                (int)SeriesRow.Number(end, "alerts"),
                SeriesRow.Number(end, "quantity") - SeriesRow.Number(begin, "quantity"),
                SeriesRow.Number(end, "money") - SeriesRow.Number(begin, "money"),
                SeriesRow.Number(end, "co2e") - SeriesRow.Number(begin, "co2e"),
                end.GetValueOrDefault("rate_unit") as string);
        }).OrderByDescending(o => o.Money).ToList();

        var note = rows.Count == 0
            ? $"No symbiosis opportunity concerned {plant} in the period (measurement '{measurement}')."
            : $"{rows.Count} symbiosis opportunities concerned {plant} in the period; quantities are the growth of each opportunity's totals between its last point before the period and its last point in it (written at each alert and every running-totals interval while open; measurement '{measurement}').";
        return new SymbiosisSection(true, note, rows);
    }
}
