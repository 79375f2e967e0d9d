namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>One fitted parameter of a regression baseline.</summary>
/// <param name="Name">The driver's name, or <c>intercept</c>.</param>
/// <param name="Estimate">The coefficient.</param>
/// <param name="StandardError">Its standard error.</param>
/// <param name="TStatistic">Estimate divided by standard error.</param>
/// <param name="PValue">Two-sided p-value of the t-statistic with the model's residual degrees of freedom.</param>
public sealed record RegressionCoefficient(string Name, double Estimate, double StandardError, double TStatistic, double PValue)
{
    /// <summary>The name of the constant term.</summary>
    public const string InterceptName = "intercept";
}
