namespace ResourceMonitor.Contracts;

/// <summary>One meter value in canonical units, as carried by a v1 reading batch.</summary>
/// <param name="Meter">The meter id, unique within its plant.</param>
/// <param name="Timestamp">The meter's own time, else the edge agent's receive time; always UTC.</param>
/// <param name="Value">The value in <paramref name="Unit"/>.</param>
/// <param name="Unit">A canonical unit (<see cref="CanonicalUnits"/>).</param>
/// <param name="Kind">Counter or gauge.</param>
/// <param name="Quality">Good unless said otherwise.</param>
public sealed record Reading(
    string Meter,
    DateTimeOffset Timestamp,
    double Value,
    string Unit,
    ReadingKind Kind,
    ReadingQuality Quality = ReadingQuality.Good);
