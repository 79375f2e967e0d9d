namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>
/// Savings of a reporting period normalised to reporting conditions (IPMVP Option C, "avoided energy use"):
/// the baseline model predicts what would have been used under the reporting period's drivers; savings are that minus actual.
/// </summary>
public sealed record SavingsReport
{
    /// <summary>One point per reporting period, in time order.</summary>
    public required IReadOnlyList<SavingsPoint> Points { get; init; }

    /// <summary>Σ actual.</summary>
    public double TotalActual => Points.Sum(p => p.Actual);

    /// <summary>Σ predicted.</summary>
    public double TotalPredicted => Points.Sum(p => p.Predicted);

    /// <summary>Σ (predicted − actual).</summary>
    public double TotalSavings => TotalPredicted - TotalActual;

    /// <summary>Savings as a share of predicted consumption, in percent (0 when nothing was predicted).</summary>
    public double SavingsPercent => TotalPredicted == 0 ? 0 : TotalSavings / TotalPredicted * 100;

    /// <summary>Σ production over the reporting period, when a production driver is named.</summary>
    public double? TotalProduction { get; init; }

    /// <summary>Reporting-period specific consumption Σ actual / Σ production.</summary>
    public double? Enpi => TotalProduction is > 0 ? TotalActual / TotalProduction : null;

    /// <summary>Specific consumption the baseline expects for the reporting period's output: Σ predicted / Σ production.</summary>
    public double? BaselineEnpi => TotalProduction is > 0 ? TotalPredicted / TotalProduction : null;

    /// <summary>Reporting periods whose drivers fall outside the baseline's range (an ISO 50006 validity condition).</summary>
    public required IReadOnlyList<DriverOutOfRange> DriversOutsideBaselineRange { get; init; }

    /// <summary>Whether every reporting period's drivers lie within the baseline's range.</summary>
    public bool DriversWithinBaselineRange => DriversOutsideBaselineRange.Count == 0;

    /// <summary>Share (0–1) of reporting periods with at least one driver outside the baseline's range.</summary>
    public double ShareOutsideBaselineRange =>
        Points.Count == 0 ? 0 : DriversOutsideBaselineRange.Select(d => d.PeriodStart).Distinct().Count() / (double)Points.Count;

    /// <summary>The largest share of extrapolated reporting periods the range check accepts (default 5 %).</summary>
    public double MaxShareOutsideRange { get; init; } = 0.05;

    /// <summary>
    /// The range check: at most <see cref="MaxShareOutsideRange"/> of the reporting periods are extrapolations. One
    /// day in 365 outside the baseline's range does not make a sound model doubtful; a tenth of the period does.
    /// </summary>
    public bool RangeCheckPasses => ShareOutsideBaselineRange <= MaxShareOutsideRange;

    /// <summary>The savings' uncertainty at the report's confidence, when it can be computed.</summary>
    public SavingsUncertainty? Uncertainty { get; init; }
}
