namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>The outcome of <see cref="DriverSelection"/>: the fit on the remaining drivers, and what was left out.</summary>
/// <param name="Outcome">The model on <paramref name="Drivers"/>, or its refusal.</param>
/// <param name="Drivers">The drivers the outcome was fitted on, in request order.</param>
/// <param name="LeftOut">Each requested driver left out, with why (for the report).</param>
public sealed record SelectedModel(RegressionOutcome Outcome, IReadOnlyList<string> Drivers, IReadOnlyList<string> LeftOut);
