namespace ResourceMonitor.Domain.Baselines.Savings;

/// <summary>
/// The uncertainty of a reporting period's savings at a stated confidence (ASHRAE Guideline 14 fractional savings
/// uncertainty with the autocorrelation correction), the interval and the verdict.
/// </summary>
/// <param name="ConfidencePercent">The two-sided confidence: 68, 80, 90 or 95.</param>
/// <param name="TValue">Student's t at that confidence with the model's residual degrees of freedom.</param>
/// <param name="LagOneAutocorrelation">ρ of the baseline residuals as measured (may be negative).</param>
/// <param name="EffectivePoints">n′ as used (ρ below zero is taken as zero: no credit for anti-correlated residuals).</param>
/// <param name="Correction">The reporting-length correction applied.</param>
/// <param name="Uncertainty">± absolute uncertainty of the total savings, in the resource's unit.</param>
/// <param name="FractionalUncertaintyPercent">Uncertainty / |savings| × 100 (infinite when there are no savings).</param>
/// <param name="Lower">Savings − uncertainty.</param>
/// <param name="Upper">Savings + uncertainty.</param>
/// <param name="SavingsExceedUncertainty">Whether |savings| exceeds the uncertainty: the savings are distinguishable from zero at this confidence.</param>
public sealed record SavingsUncertainty(
    int ConfidencePercent,
    double TValue,
    double LagOneAutocorrelation,
    double EffectivePoints,
    double Correction,
    double Uncertainty,
    double FractionalUncertaintyPercent,
    double Lower,
    double Upper,
    bool SavingsExceedUncertainty)
{
    /// <summary>The confidence levels a report may state.</summary>
    public static IReadOnlyList<int> Confidences { get; } = [68, 80, 90, 95];
}
