namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// NMBE and CV(RMSE) of a model's predictions for baseline periods it was not fitted on (k-fold cross-validation over
/// contiguous blocks), judged against the same ASHRAE Guideline 14 limits as the fit. Unlike the in-sample NMBE, which
/// an OLS fit with an intercept makes zero, these can fail: a model that only fits its own data shows it here.
/// </summary>
/// <param name="Folds">Contiguous blocks the baseline was split into.</param>
/// <param name="Points">Held-out periods predicted (those of folds whose training fit was refused are not).</param>
/// <param name="CvRmsePercent">√(Σ(actual − predicted)² / N) / mean actual × 100.</param>
/// <param name="NmbePercent">Σ(actual − predicted) / (N × mean actual) × 100 over all held-out periods.</param>
/// <param name="WorstFoldNmbePercent">The NMBE of the block predicted worst: pooled over all blocks, a drift cancels out (early blocks
/// under-, late ones over-predicted), so each block's own bias is judged too.</param>
/// <param name="Criteria">The limits applied.</param>
/// <param name="RefusedFolds">Folds whose training data could not be fitted.</param>
public sealed record OutOfSampleChecks(int Folds, int Points, double CvRmsePercent, double NmbePercent, double WorstFoldNmbePercent, Ashrae14Criteria Criteria, int RefusedFolds)
{
    /// <summary>Whether the held-out predictions meet <see cref="Criteria"/>: pooled CV(RMSE) and NMBE, and every block's NMBE.</summary>
    public bool Passes => Points > 0 && Criteria.IsMetBy(CvRmsePercent, NmbePercent) && Criteria.IsMetBy(CvRmsePercent, WorstFoldNmbePercent);
}
