namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The park view at one evaluation: how the current surpluses are shared out, per pair.</summary>
/// <param name="At">When it was computed; null before the first evaluation (not year 1, which the API showed as <c>0001-01-01</c>).</param>
/// <param name="Lines">One line per pair that holds, best value first.</param>
public sealed record ParkAllocation(DateTimeOffset? At, IReadOnlyList<AllocationLine> Lines)
{
    /// <summary>Nothing allocated yet.</summary>
    public static ParkAllocation Empty { get; } = new(null, []);
}
