namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// k-fold cross-validation of a baseline over contiguous blocks of its periods (not shuffled: neighbouring days are
/// alike, so a shuffled fold would be predicted from its own neighbours and look better than the model is).
/// </summary>
public static class CrossValidation
{
    /// <summary>The default number of folds.</summary>
    public const int DefaultFolds = 5;

    /// <summary>
    /// Fits the model on <paramref name="drivers"/> without each block in turn and scores the block; null when there are
    /// fewer periods than folds or no fold could be fitted.
    /// </summary>
    public static OutOfSampleChecks? Evaluate(
        RegressionFitter fitter,
        IReadOnlyList<RegressionObservation> observations,
        IReadOnlyList<string> drivers,
        Granularity granularity,
        int folds = DefaultFolds)
    {
        var n = observations.Count;
        if (drivers.Count == 0 || n < folds)
        {
            return null;
        }

        var errors = new List<double>(n);
        var actuals = new List<double>(n);
        var refused = 0;
        var worstFold = 0.0;
        for (var k = 0; k < folds; k++)
        {
            var start = k * n / folds;
            var end = (k + 1) * n / folds;
            var training = observations.Where((_, i) => i < start || i >= end).ToList();
            var outcome = fitter.Fit(training, drivers, granularity);
            if (!outcome.IsFitted)
            {
                refused++;
                continue;
            }

            double foldError = 0, foldActual = 0;
            for (var i = start; i < end; i++)
            {
                var error = observations[i].Consumption - outcome.Model.Predict(observations[i].Drivers);
                actuals.Add(observations[i].Consumption);
                errors.Add(error);
                foldError += error;
                foldActual += observations[i].Consumption;
            }

            var foldNmbe = foldActual == 0 ? 0 : foldError / foldActual * 100;
            worstFold = Math.Abs(foldNmbe) > Math.Abs(worstFold) ? foldNmbe : worstFold;
        }

        if (errors.Count == 0)
        {
            return null;
        }

        var mean = actuals.Average();
        return new OutOfSampleChecks(
            folds,
            errors.Count,
            Math.Sqrt(errors.Sum(e => e * e) / errors.Count) / mean * 100,
            errors.Sum() / (errors.Count * mean) * 100,
            worstFold,
            Ashrae14Criteria.For(granularity),
            refused);
    }
}
