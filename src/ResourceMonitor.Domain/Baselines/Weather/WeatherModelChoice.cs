using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>The outcome of <see cref="WeatherModelSearch"/>: the chosen model and what was tried.</summary>
public sealed record WeatherModelChoice
{
    /// <summary>The chosen model on its drivers (other drivers, then <c>hdd</c>, <c>cdd</c>), or the refusal, and the drivers left out.</summary>
    public required SelectedModel Selected { get; init; }

    /// <summary>The chosen form.</summary>
    public required WeatherModelForm Form { get; init; }

    /// <summary>The heating balance point of the chosen model, °C.</summary>
    public double? HeatingBase { get; init; }

    /// <summary>The cooling balance point of the chosen model, °C.</summary>
    public double? CoolingBase { get; init; }

    /// <summary>How degree days were computed.</summary>
    public required DegreeDayMethod Method { get; init; }

    /// <summary>Per form tried: counts, rejections by reason, best candidate (empty when no weather term was requested).</summary>
    public required IReadOnlyList<CandidateFormSummary> Candidates { get; init; }

    /// <summary>The baseline observations of the chosen model (with its degree-day columns).</summary>
    public required IReadOnlyList<RegressionObservation> Observations { get; init; }

    /// <summary>Baseline periods left out because a day lacked consumption, a driver or sufficient weather.</summary>
    public required IReadOnlyList<IncompletePeriod> IncompletePeriods { get; init; }
}
