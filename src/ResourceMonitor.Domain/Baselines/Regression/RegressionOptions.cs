namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>Limits under which a regression baseline is refused instead of fitted.</summary>
public sealed record RegressionOptions
{
    /// <summary>
    /// Largest accepted condition number of the design matrix with its columns scaled to unit length (Belsley's
    /// diagnostic): above 30 dependencies are strong; above this limit the coefficients are numerically meaningless.
    /// </summary>
    public double MaxConditionNumber { get; init; } = 1000;

    /// <summary>Fewest residual degrees of freedom (observations minus parameters) for the statistics to mean anything.</summary>
    public int MinResidualDegreesOfFreedom { get; init; } = 3;

    /// <summary>The defaults.</summary>
    public static RegressionOptions Default { get; } = new();
}
