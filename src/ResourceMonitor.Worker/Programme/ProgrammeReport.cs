using ResourceMonitor.Domain.Programme;

namespace ResourceMonitor.Worker.Programme;

/// <summary>The programme report: every park's indicators per month of a period (aggregate figures only, no plant-level data).</summary>
/// <param name="From">First month, <c>yyyy-MM</c>.</param>
/// <param name="To">Month after the last, <c>yyyy-MM</c> (exclusive).</param>
/// <param name="GeneratedAt">When it was made.</param>
/// <param name="Framework">The framework the indicators follow.</param>
/// <param name="Indicators">The definitions, in the order of each month's values.</param>
/// <param name="Parks">Per park and month, the values.</param>
public sealed record ProgrammeReport(
    string From,
    string To,
    DateTimeOffset GeneratedAt,
    string Framework,
    IReadOnlyList<IndicatorDefinition> Indicators,
    IReadOnlyList<ProgrammeParkMonth> Parks);
