namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>A saved offer or need detector: its switch and last smoothed rate.</summary>
/// <param name="Key">"offer:{id}" or "need:{id}".</param>
/// <param name="State">The switch state.</param>
/// <param name="Since">When that state began.</param>
/// <param name="Rate">The last smoothed rate.</param>
public sealed record DetectorSnapshot(string Key, SwitchState State, DateTimeOffset Since, double Rate);
