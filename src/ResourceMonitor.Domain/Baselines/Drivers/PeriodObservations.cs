using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Drivers;

/// <summary>The complete periods built from daily series, and the periods left out because a day was missing.</summary>
/// <param name="Observations">One observation per complete period, in time order.</param>
/// <param name="IncompletePeriods">Starts of periods left out, with why.</param>
public sealed record PeriodObservations(IReadOnlyList<RegressionObservation> Observations, IReadOnlyList<IncompletePeriod> IncompletePeriods);

/// <summary>A period left out of a model because its data did not cover it.</summary>
public sealed record IncompletePeriod(DateOnly PeriodStart, string Reason);
