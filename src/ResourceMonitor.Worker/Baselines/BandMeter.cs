using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>A meter whose band is written: its identity, what the catalog says of it, and its hour-of-week profile.</summary>
/// <param name="Meter">The meter.</param>
/// <param name="Resource">Its resource.</param>
/// <param name="Unit">The unit its levels are in (rate unit, or a gauge's own).</param>
/// <param name="Profile">Its current profile.</param>
public sealed record BandMeter(MeterKey Meter, string Resource, string Unit, HourOfWeekProfile Profile);
