namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>Why a regression baseline could not be fitted.</summary>
public enum RefusalReason
{
    /// <summary>Fewer observations than parameters plus the minimum residual degrees of freedom.</summary>
    TooFewPoints,

    /// <summary>A driver (or the consumption) has the same value in every period.</summary>
    ConstantVariable,

    /// <summary>The drivers are (nearly) linear combinations of each other: rank-deficient or ill-conditioned design.</summary>
    Collinearity,

    /// <summary>An observation lacks a requested driver, or a value is not a finite number.</summary>
    MissingValue,

    /// <summary>
    /// The model explains too little to measure savings against: no driver is significant, or the overall F-test
    /// (p &lt; 0.10) or R² (≥ 0.5) fails (ISO 50006). The report gives no savings figure.
    /// </summary>
    ImplausibleModel,

    /// <summary>The baseline period is too short or has too few complete days (CalTRACK data sufficiency).</summary>
    InsufficientData,
}
