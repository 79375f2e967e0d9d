namespace ResourceMonitor.Domain.Calendar;

/// <summary>Days one plant (or, with no plant, the whole park) is closed beyond the public holidays, e.g. a dyeing plant's Tết week.</summary>
/// <param name="Plant">The plant id, or null for every plant of the park.</param>
/// <param name="From">First closed day.</param>
/// <param name="Through">Last closed day (inclusive).</param>
/// <param name="Name">Why, in words.</param>
public sealed record PlantClosure(string? Plant, DateOnly From, DateOnly Through, string Name)
{
    /// <summary>Whether the closure covers <paramref name="day"/> for <paramref name="plant"/>.</summary>
    public bool Covers(DateOnly day, string? plant) => day >= From && day <= Through && (Plant is null || string.Equals(Plant, plant, StringComparison.Ordinal));
}
