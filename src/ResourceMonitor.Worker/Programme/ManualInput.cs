namespace ResourceMonitor.Worker.Programme;

/// <summary>One recorded manual input: a figure the meters do not give, in force from its month until a later entry.</summary>
/// <param name="Park">Park id.</param>
/// <param name="Indicator">A manual indicator id (<see cref="Domain.Programme.ProgrammeIndicators"/>, e.g. <c>land_area</c>).</param>
/// <param name="Month">The first month it applies to (<c>yyyy-MM</c>).</param>
/// <param name="Value">The value in the indicator's unit.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">The name of the key that recorded it.</param>
public sealed record ManualInput(string Park, string Indicator, string Month, double Value, DateTimeOffset RecordedAt, string RecordedBy);
