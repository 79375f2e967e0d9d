namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// Decides when an open opportunity's rate change is worth an <c>updated</c> alert: the potential or allocated rate
/// (or the allocation-floor flag) has moved more than the significant change from what was last announced, the new
/// value has settled (stayed within half the significant change of itself for the settle time: a ramp is announced
/// once, at its end), and the last announcement is at least the minimum interval old.
/// </summary>
public sealed class UpdateGate(double significantChange, TimeSpan settleTime, TimeSpan minInterval)
{
    private readonly Dictionary<string, (double Potential, double Allocated, bool BelowFloor, DateTimeOffset Since)> _moving = new(StringComparer.Ordinal);

    /// <summary>True when the change of <paramref name="announced"/> to these rates should be announced now.</summary>
    public bool ShouldAnnounce(string id, Opportunity announced, double potential, double allocated, bool belowFloor, DateTimeOffset now)
    {
        var moved = belowFloor != announced.AllocationBelowFloor
            || Moved(announced.PotentialRate, potential, significantChange) || Moved(announced.AllocatedRate, allocated, significantChange);
        if (!moved)
        {
            _moving.Remove(id);
            return false;
        }

        if (!_moving.TryGetValue(id, out var candidate) || candidate.BelowFloor != belowFloor
            || Moved(candidate.Potential, potential, significantChange / 2) || Moved(candidate.Allocated, allocated, significantChange / 2))
        {
            _moving[id] = (potential, allocated, belowFloor, now);
            candidate = _moving[id];
        }

        if (now - candidate.Since < settleTime || now - announced.UpdatedAt < minInterval)
        {
            return false;
        }

        _moving.Remove(id);
        return true;
    }

    /// <summary>Drops what is known about a closed opportunity.</summary>
    public void Forget(string id) => _moving.Remove(id);

    private static bool Moved(double from, double to, double share) => Math.Abs(to - from) > share * Math.Max(Math.Abs(from), 1e-9);
}
