using System.Globalization;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Reads the single row of an InfluxQL aggregate series (a <c>SELECT last(…)</c> or <c>sum(…)</c> without <c>GROUP BY time</c>).</summary>
internal static class SeriesRow
{
    /// <summary>The first row of <paramref name="series"/> by column name (empty when it has none).</summary>
    public static Dictionary<string, object?> First(InfluxQlSeries series) =>
        series.Columns.Zip(series.Values.Count > 0 ? series.Values[0] : []).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);

    /// <summary>The number in <paramref name="column"/>, 0 when it is absent or null.</summary>
    public static double Number(Dictionary<string, object?> row, string column) =>
        row.GetValueOrDefault(column) is { } value and not string ? Convert.ToDouble(value, CultureInfo.InvariantCulture) : 0;
}
