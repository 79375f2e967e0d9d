namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// A fitted ordinary-least-squares baseline (ISO 50006, IPMVP Option C): consumption = intercept + Σ coefficient × driver,
/// with the statistics that judge it. CV(RMSE) and NMBE follow ASHRAE Guideline 14: both divide by the residual
/// degrees of freedom n − p (p parameters including the intercept) and by the mean consumption.
/// </summary>
public sealed record RegressionModel
{
    /// <summary>The observation period length.</summary>
    public required Granularity Granularity { get; init; }

    /// <summary>The intercept first, then one coefficient per driver in request order.</summary>
    public required IReadOnlyList<RegressionCoefficient> Coefficients { get; init; }

    /// <summary>Number of observations n.</summary>
    public required int Observations { get; init; }

    /// <summary>Number of parameters p, the intercept included.</summary>
    public int Parameters => Coefficients.Count;

    /// <summary>n − p.</summary>
    public int ResidualDegreesOfFreedom => Observations - Parameters;

    /// <summary>Coefficient of determination.</summary>
    public required double RSquared { get; init; }

    /// <summary>R² adjusted for the number of drivers: 1 − (1 − R²)(n − 1)/(n − p).</summary>
    public required double AdjustedRSquared { get; init; }

    /// <summary>Root mean squared error with n − p degrees of freedom (the residual standard error).</summary>
    public required double Rmse { get; init; }

    /// <summary>RMSE divided by mean consumption, in percent.</summary>
    public required double CvRmsePercent { get; init; }

    /// <summary>Σ(actual − fitted) / ((n − p) × mean consumption), in percent.</summary>
    public required double NmbePercent { get; init; }

    /// <summary>Overall F statistic (regression mean square over residual mean square).</summary>
    public required double FStatistic { get; init; }

    /// <summary>p-value of the overall F-test.</summary>
    public required double FPValue { get; init; }

    /// <summary>Condition number of the unit-length-scaled design matrix.</summary>
    public required double ConditionNumber { get; init; }

    /// <summary>Mean consumption of the baseline period.</summary>
    public required double MeanConsumption { get; init; }

    /// <summary>Each driver's baseline range.</summary>
    public required IReadOnlyList<DriverRange> DriverRanges { get; init; }

    /// <summary>The ASHRAE Guideline 14 limits for <see cref="Granularity"/>.</summary>
    public required Ashrae14Criteria Ashrae14 { get; init; }

    /// <summary>Whether CV(RMSE) and NMBE meet <see cref="Ashrae14"/>.</summary>
    public bool MeetsAshrae14 => Ashrae14.IsMetBy(CvRmsePercent, NmbePercent);

    /// <summary>The ISO 50006 validity checks of the fit.</summary>
    public required Iso50006Checks Iso50006 { get; init; }

    /// <summary>The baseline periods with actual and fitted consumption.</summary>
    public required IReadOnlyList<FittedPoint> Fitted { get; init; }

    /// <summary>The drivers' names in model order.</summary>
    public IEnumerable<string> DriverNames => Coefficients.Skip(1).Select(c => c.Name);

    /// <summary>The baseline's consumption for the given driver values (missing drivers count as 0).</summary>
    public double Predict(IReadOnlyDictionary<string, double> drivers)
    {
        var value = Coefficients[0].Estimate;
        foreach (var coefficient in Coefficients.Skip(1))
        {
            value += coefficient.Estimate * drivers.GetValueOrDefault(coefficient.Name);
        }

        return value;
    }
}
