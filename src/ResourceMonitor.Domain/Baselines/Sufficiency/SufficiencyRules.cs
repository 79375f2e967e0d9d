namespace ResourceMonitor.Domain.Baselines.Sufficiency;

/// <summary>How much data a baseline needs (CalTRACK 2.2: a baseline of 365 days, at least 90 % of them complete).</summary>
public sealed record SufficiencyRules
{
    /// <summary>Fewest days of the baseline period (CalTRACK: 365, a full cycle of seasons).</summary>
    public int MinBaselineDays { get; init; } = 365;

    /// <summary>Least share (0–1) of the baseline's days that must be complete (CalTRACK: 0.9).</summary>
    public double MinShareOfDays { get; init; } = 0.9;

    /// <summary>Least share (0–1) of a day its consumption's meters must cover for the day to count; a partial day is left out.</summary>
    public double MinDayCoverage { get; init; } = 0.9;

    /// <summary>The defaults.</summary>
    public static SufficiencyRules Default { get; } = new();
}
