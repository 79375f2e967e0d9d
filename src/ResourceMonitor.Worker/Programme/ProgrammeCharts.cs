using ResourceMonitor.Domain.Programme;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.Worker.Programme;

/// <summary>The programme report's charts: one indicator per chart, one line per park over the months (ScottPlot through <see cref="ReportCharts"/>).</summary>
public static class ProgrammeCharts
{
    /// <summary>The indicators charted, in page order.</summary>
    public static IReadOnlyList<string> Charted { get; } =
    [
        ProgrammeIndicators.EnergyUse, ProgrammeIndicators.EnergyPerTonne, ProgrammeIndicators.WaterWithdrawal, ProgrammeIndicators.GhgEmissions,
        ProgrammeIndicators.GhgPerHectare, ProgrammeIndicators.WastewaterReuseShare, ProgrammeIndicators.WasteRecoveryShare, ProgrammeIndicators.DataCoverage,
    ];

    /// <summary>The SVG of <paramref name="indicator"/> across the report's parks and months.</summary>
    public static string Compare(ProgrammeReport report, IndicatorDefinition indicator)
    {
        var plot = ReportCharts.NewPlot($"{indicator.Name} by park", indicator.Unit);
        var palette = new ScottPlot.Palettes.Category10();
        var parks = report.Parks.GroupBy(p => p.Park, StringComparer.Ordinal).ToList();
        for (var i = 0; i < parks.Count; i++)
        {
            var points = parks[i]
                .Where(m => m.Value(indicator.Id) is not null)
                .Select(m => (DateOnly.ParseExact(m.Month, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), m.Value(indicator.Id)!.Value));
            ReportCharts.Line(plot, points, parks[i].Key, palette.GetColor(i), markers: true);
        }

        return ReportCharts.Render(plot);
    }
}
