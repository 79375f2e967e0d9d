namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>What the search found for one model form: how many balance points it tried, kept and rejected (by reason), and its best kept one.</summary>
/// <param name="Form">The form.</param>
/// <param name="Tried">Candidates of this form (balance points or pairs).</param>
/// <param name="Qualified">Candidates that met every rule.</param>
/// <param name="Rejected">Rejected candidates by reason (camelCase reason → count).</param>
/// <param name="BestAdjustedRSquared">The best qualified candidate's adjusted R², when one qualified.</param>
/// <param name="BestHeatingBase">Its heating balance point, °C.</param>
/// <param name="BestCoolingBase">Its cooling balance point, °C.</param>
public sealed record CandidateFormSummary(
    WeatherModelForm Form,
    int Tried,
    int Qualified,
    IReadOnlyDictionary<string, int> Rejected,
    double? BestAdjustedRSquared,
    double? BestHeatingBase,
    double? BestCoolingBase);
