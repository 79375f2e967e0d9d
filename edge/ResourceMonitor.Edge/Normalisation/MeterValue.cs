using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Normalisation;

/// <summary>A raw value read for one meter, before normalisation.</summary>
/// <param name="Binding">The meter it belongs to.</param>
/// <param name="Value">In the source unit.</param>
/// <param name="MeterTime">The meter's own time, if it sent one.</param>
/// <param name="ReceivedAt">When the agent received it.</param>
/// <param name="Quality">The quality the source gave it (a Sparkplug STALE quality, data after a sequence gap); the normaliser may only lower it.</param>
/// <param name="DeviceFlag">Why the device's own status makes the value doubtful (e.g. <c>status is LEAK</c>), or null: the reading is then <c>suspect</c> and a counter value is never booked.</param>
public sealed record MeterValue(MeterBinding Binding, double Value, DateTimeOffset? MeterTime, DateTimeOffset ReceivedAt, ReadingQuality Quality = ReadingQuality.Good, string? DeviceFlag = null);
