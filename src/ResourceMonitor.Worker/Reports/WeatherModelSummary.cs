using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Which weather model a baseline uses and why: its form, balance points, degree-day method, and per form what was tried and rejected.</summary>
/// <param name="Form">The chosen form (<c>interceptOnly</c>: no weather term is kept).</param>
/// <param name="HeatingBaseCelsius">Heating balance point of the chosen model, °C.</param>
/// <param name="CoolingBaseCelsius">Cooling balance point of the chosen model, °C.</param>
/// <param name="Method">How degree days were computed.</param>
/// <param name="Candidates">Per form: candidates tried and qualified, rejections by reason, the best qualified one.</param>
public sealed record WeatherModelSummary(
    WeatherModelForm Form,
    double? HeatingBaseCelsius,
    double? CoolingBaseCelsius,
    DegreeDayMethod Method,
    IReadOnlyList<CandidateFormSummary> Candidates);
