using System.Globalization;

namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// Fits a baseline on the relevant variables only (ISO 50006: a relevant variable is kept when it significantly
/// affects consumption) by backward elimination: while the fit is refused because drivers are collinear or one is
/// constant, the driver whose removal gives the best fit (highest adjusted R²) is dropped; while a fitted model has a
/// driver at or above <see cref="Iso50006Checks.MaxVariablePValue"/>, the least significant one is dropped — the last
/// one too: a model whose only driver is not significant is refused (<see cref="RefusalReason.ImplausibleModel"/>), it
/// never yields a savings figure. Every dropped driver is reported with the reason, so the auditor sees what the model
/// left out and why.
/// </summary>
public sealed class DriverSelection(RegressionFitter fitter)
{
    /// <summary>The model on the drivers that remain of <paramref name="requested"/>, and the ones left out with why.</summary>
    public SelectedModel Fit(IReadOnlyList<RegressionObservation> observations, IReadOnlyList<string> requested, Granularity granularity)
    {
        var kept = requested.ToList();
        var leftOut = new List<string>();
        while (true)
        {
            var outcome = fitter.Fit(observations, kept, granularity);
            if (kept.Count == 1)
            {
                return outcome.IsFitted && !(outcome.Model.Coefficients[1].PValue < Iso50006Checks.MaxVariablePValue)
                    ? NoneSignificant(outcome.Model.Coefficients[1], leftOut)
                    : new SelectedModel(outcome, kept, leftOut);
            }

            if (outcome.IsFitted)
            {
                var weakest = outcome.Model.Coefficients.Skip(1)
                    .Where(c => !(c.PValue < Iso50006Checks.MaxVariablePValue))
                    .MaxBy(c => double.IsNaN(c.PValue) ? double.PositiveInfinity : c.PValue);
                if (weakest is null)
                {
                    return new SelectedModel(outcome, kept, leftOut);
                }

                kept.Remove(weakest.Name);
                leftOut.Add(NotSignificant(weakest));
                continue;
            }

            if (outcome.Refusal.Reason is not (RefusalReason.Collinearity or RefusalReason.ConstantVariable)
                || BestWithoutOne(observations, kept, granularity) is not { } drop)
            {
                return new SelectedModel(outcome, kept, leftOut);
            }

            kept.Remove(drop);
            leftOut.Add($"{drop}: {outcome.Refusal.Detail} Left out of the model.");
        }
    }

    private static SelectedModel NoneSignificant(RegressionCoefficient last, List<string> leftOut)
    {
        var why = NotSignificant(last);
        leftOut.Add(why);
        return new SelectedModel(
            RegressionOutcome.Refused(RefusalReason.ImplausibleModel, $"No requested driver significantly affects the consumption ({why}): there is no baseline to measure savings against."),
            [],
            leftOut);
    }

    private static string NotSignificant(RegressionCoefficient coefficient) => string.Create(CultureInfo.InvariantCulture,
        $"{coefficient.Name}: not significant (p = {coefficient.PValue:0.###} ≥ {Iso50006Checks.MaxVariablePValue}), left out of the model");

    private string? BestWithoutOne(IReadOnlyList<RegressionObservation> observations, List<string> kept, Granularity granularity) =>
        kept.Select(driver => (Driver: driver, Outcome: fitter.Fit(observations, [.. kept.Where(d => d != driver)], granularity)))
            .Where(c => c.Outcome.IsFitted)
            .OrderByDescending(c => c.Outcome.Model!.AdjustedRSquared)
            .Select(c => c.Driver)
            .FirstOrDefault();
}
