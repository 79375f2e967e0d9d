using System.Collections.Frozen;
using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>The current hour-of-week profiles, replaced as a whole on each refresh (readers never see a half-built set).</summary>
public sealed class ProfileStore
{
    private volatile FrozenDictionary<MeterKey, HourOfWeekProfile> _profiles = FrozenDictionary<MeterKey, HourOfWeekProfile>.Empty;

    /// <summary>How many meters have a profile.</summary>
    public int Count => _profiles.Count;

    /// <summary>Replaces every profile.</summary>
    public void Replace(IReadOnlyDictionary<MeterKey, HourOfWeekProfile> profiles) => _profiles = profiles.ToFrozenDictionary();

    /// <summary>The profile of <paramref name="meter"/>, if it has one.</summary>
    public HourOfWeekProfile? Find(MeterKey meter) => _profiles.GetValueOrDefault(meter);

    /// <summary>Every profile.</summary>
    public IReadOnlyDictionary<MeterKey, HourOfWeekProfile> All => _profiles;
}
