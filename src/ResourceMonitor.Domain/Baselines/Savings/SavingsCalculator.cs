using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>Applies a fitted baseline to a reporting period: predictions, savings, CUSUM, EnPIs and the range check.</summary>
public static class SavingsCalculator
{
    /// <summary>Compares <paramref name="reporting"/> with <paramref name="model"/>; <paramref name="productionDriver"/> names the driver EnPIs divide by.</summary>
    public static SavingsReport Apply(RegressionModel model, IReadOnlyList<RegressionObservation> reporting, string? productionDriver)
    {
        var points = new List<SavingsPoint>(reporting.Count);
        var cusum = 0.0;
        foreach (var period in reporting)
        {
            var predicted = model.Predict(period.Drivers);
            cusum += period.Consumption - predicted;
            double? production = productionDriver is not null && period.Drivers.TryGetValue(productionDriver, out var p) ? p : null;
            points.Add(new SavingsPoint(
                period.PeriodStart,
                period.Consumption,
                predicted,
                predicted - period.Consumption,
                cusum,
                production,
                production is > 0 ? period.Consumption / production : null,
                production is > 0 ? predicted / production : null));
        }

        return new SavingsReport
        {
            Points = points,
            TotalProduction = productionDriver is null ? null : points.Sum(p => p.Production ?? 0),
            DriversOutsideBaselineRange = OutOfRange(model, reporting),
        };
    }

    private static List<DriverOutOfRange> OutOfRange(RegressionModel model, IReadOnlyList<RegressionObservation> reporting) =>
        reporting
            .SelectMany(period => model.DriverRanges
                .Where(range => period.Drivers.TryGetValue(range.Name, out var value) && !range.Contains(value))
                .Select(range => new DriverOutOfRange(period.PeriodStart, range.Name, period.Drivers[range.Name], range.Min, range.Max)))
            .ToList();
}
