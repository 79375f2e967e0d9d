namespace ResourceMonitor.Domain.Baselines.Sufficiency;

/// <summary>A baseline period's data judged against <see cref="SufficiencyRules"/>: the counts and every rule it fails, in words.</summary>
/// <param name="BaselineDays">Days of the baseline period.</param>
/// <param name="CompleteDays">Days with complete consumption, every other driver and sufficient weather (when weather is modelled).</param>
/// <param name="PartialDays">Days left out because their consumption covered less than <see cref="SufficiencyRules.MinDayCoverage"/> of the day.</param>
/// <param name="DaysWithoutConsumption">Days with no consumption data at all.</param>
/// <param name="DaysWithoutWeather">Days whose outdoor temperature has too few hours (when weather is modelled).</param>
/// <param name="DaysWithoutOtherDrivers">Days lacking another driver (production...).</param>
/// <param name="Rules">The rules applied.</param>
/// <param name="Failures">Each rule failed, with the numbers and how to change it.</param>
public sealed record SufficiencyReport(
    int BaselineDays,
    int CompleteDays,
    int PartialDays,
    int DaysWithoutConsumption,
    int DaysWithoutWeather,
    int DaysWithoutOtherDrivers,
    SufficiencyRules Rules,
    IReadOnlyList<string> Failures)
{
    /// <summary>Share (0–1) of the baseline's days that are complete.</summary>
    public double ShareOfDays => BaselineDays == 0 ? 0 : CompleteDays / (double)BaselineDays;

    /// <summary>Whether every rule is met.</summary>
    public bool Passes => Failures.Count == 0;
}
