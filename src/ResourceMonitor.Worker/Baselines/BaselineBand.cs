using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// The usual band of one meter for one local hour: the P10, median and P90 of its hour of the week, in force from
/// <paramref name="Start"/> (the local hour's start) for that hour.
/// </summary>
/// <param name="Meter">The meter.</param>
/// <param name="Resource">The meter's resource (catalog), a tag so dashboards can group.</param>
/// <param name="Unit">The unit of the levels: the meter's rate unit (kW, m3/h, kg/h) or a gauge's own unit.</param>
/// <param name="Start">The local hour's start.</param>
/// <param name="Band">P10, median, P90 and the number of weeks they come from.</param>
public sealed record BaselineBand(MeterKey Meter, string Resource, string Unit, DateTimeOffset Start, ProfileBand Band);
