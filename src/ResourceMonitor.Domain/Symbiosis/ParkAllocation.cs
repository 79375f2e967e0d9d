namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The park view at one evaluation: how the current surpluses are shared out, per pair.</summary>
/// <param name="At">When it was computed.</param>
/// <param name="Lines">One line per pair that holds, best value first.</param>
public sealed record ParkAllocation(DateTimeOffset At, IReadOnlyList<AllocationLine> Lines)
{
    /// <summary>Nothing allocated yet.</summary>
    public static ParkAllocation Empty { get; } = new(DateTimeOffset.MinValue, []);
}
