using ScottPlot;

namespace ResourceMonitor.Worker.Reports;

/// <summary>The report's charts, drawn with ScottPlot 5 and returned as SVG markup to embed in the page.</summary>
public static class ReportCharts
{
    private const int Width = 860;
    private const int Height = 340;

    /// <summary>Actual consumption against the baseline (fitted over the baseline period, predicted over the reporting period).</summary>
    public static string ActualVsBaseline(ResourceBaseline baseline)
    {
        var plot = NewPlot($"{baseline.Resource}: actual vs baseline", baseline.Unit);
        var fitted = baseline.Model?.Fitted ?? [];
        var reporting = baseline.Savings?.Points ?? [];
        Line(plot, fitted.Select(p => (p.PeriodStart, p.Actual)), "Actual (baseline period)", Colors.SteelBlue, markers: true);
        Line(plot, fitted.Select(p => (p.PeriodStart, p.Fitted)), "Model fit", Colors.Gray, markers: false);
        Line(plot, reporting.Select(p => (p.PeriodStart, p.Actual)), "Actual (reporting period)", Colors.DarkOrange, markers: true);
        Line(plot, reporting.Select(p => (p.PeriodStart, p.Predicted)), "Baseline prediction", Colors.Black, markers: false);
        if (reporting.Count > 0)
        {
            var line = plot.Add.VerticalLine(reporting[0].PeriodStart.ToDateTime(TimeOnly.MinValue).ToOADate());
            line.LinePattern = LinePattern.Dashed;
        }

        return Render(plot);
    }

    /// <summary>CUSUM of (actual − predicted) over the reporting period: a falling line shows savings.</summary>
    public static string Cusum(ResourceBaseline baseline)
    {
        var plot = NewPlot($"{baseline.Resource}: CUSUM of actual − baseline", baseline.Unit);
        Line(plot, (baseline.Savings?.Points ?? []).Select(p => (p.PeriodStart, p.Cusum)), "CUSUM", Colors.DarkGreen, markers: true);
        plot.Add.HorizontalLine(0).LinePattern = LinePattern.Dotted;
        return Render(plot);
    }

    /// <summary>Specific consumption per period: actual EnPI and the EnPI the baseline expects at the same output.</summary>
    public static string Enpi(ResourceBaseline baseline)
    {
        var plot = NewPlot($"{baseline.Resource}: EnPI ({baseline.Unit} per unit produced)", $"{baseline.Unit}/unit");
        var points = baseline.Savings?.Points ?? [];
        Line(plot, points.Where(p => p.Enpi is not null).Select(p => (p.PeriodStart, p.Enpi!.Value)), "Actual EnPI", Colors.DarkOrange, markers: true);
        Line(plot, points.Where(p => p.BaselineEnpi is not null).Select(p => (p.PeriodStart, p.BaselineEnpi!.Value)), "Baseline EnPI", Colors.Black, markers: false);
        if (baseline.BaselineEnpi is { } baselineEnpi)
        {
            var mean = plot.Add.HorizontalLine(baselineEnpi);
            mean.LinePattern = LinePattern.Dotted;
            mean.LegendText = "Baseline-period EnPI";
        }

        return Render(plot);
    }

    internal static Plot NewPlot(string title, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.YLabel(yLabel);
        plot.Axes.DateTimeTicksBottom();
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }

    internal static void Line(Plot plot, IEnumerable<(DateOnly Day, double Value)> points, string label, Color color, bool markers)
    {
        var list = points.ToList();
        if (list.Count == 0)
        {
            return;
        }

        var scatter = plot.Add.Scatter(
            list.Select(p => p.Day.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray(),
            list.Select(p => p.Value).ToArray(),
            color);
        scatter.LegendText = label;
        scatter.MarkerSize = markers ? 5 : 0;
        scatter.LineWidth = markers ? 1 : 2;
    }

    internal static string Render(Plot plot) => plot.GetSvgXml(Width, Height);
}
