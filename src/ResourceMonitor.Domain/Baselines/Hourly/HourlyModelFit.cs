using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// A fitted hourly baseline with its in-sample statistics (ASHRAE Guideline 14 definitions, n − p degrees of freedom)
/// and its verdict against the guideline's hourly limits (CV(RMSE) ≤ 30 %, |NMBE| ≤ 10 %).
/// </summary>
/// <param name="Model">The model.</param>
/// <param name="Observations">Hours fitted.</param>
/// <param name="Parameters">p: the coefficients of the largest segment.</param>
/// <param name="RSquared">1 − SSE/SST.</param>
/// <param name="CvRmsePercent">√(SSE / (n − p)) / mean × 100.</param>
/// <param name="NmbePercent">Σ(actual − fitted) / ((n − p) × mean) × 100.</param>
public sealed record HourlyModelFit(TowtModel Model, int Observations, int Parameters, double RSquared, double CvRmsePercent, double NmbePercent)
{
    /// <summary>The limits applied.</summary>
    public Ashrae14Criteria Ashrae14 { get; } = Ashrae14Criteria.For(Granularity.Hourly);

    /// <summary>Whether the fit meets ASHRAE Guideline 14's hourly limits.</summary>
    public bool MeetsAshrae14 => Ashrae14.IsMetBy(CvRmsePercent, NmbePercent);
}
