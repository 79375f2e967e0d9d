namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// One fitted time-of-week-and-temperature model: a level per hour slot seen in training, the slots' occupancy, and a
/// piecewise-linear temperature response for occupied and one for unoccupied hours.
/// </summary>
/// <param name="SlotLevels">Per <see cref="HourSlot"/>, its fitted level, or NaN when the slot had no training hours.</param>
/// <param name="Occupied">Per slot, occupancy.</param>
/// <param name="Bins">The temperature bins.</param>
/// <param name="OccupiedSlopes">Temperature coefficients of occupied hours, per bin feature.</param>
/// <param name="UnoccupiedSlopes">Temperature coefficients of unoccupied hours, per bin feature.</param>
/// <param name="Parameters">Coefficients estimated.</param>
public sealed record TowtSegment(
    IReadOnlyList<double> SlotLevels,
    IReadOnlyList<bool> Occupied,
    TemperatureBins Bins,
    IReadOnlyList<double> OccupiedSlopes,
    IReadOnlyList<double> UnoccupiedSlopes,
    int Parameters)
{
    /// <summary>The prediction for an hour of <paramref name="slot"/> at <paramref name="temperature"/>, or null when the slot was never trained.</summary>
    public double? Predict(int slot, double temperature)
    {
        if (double.IsNaN(SlotLevels[slot]))
        {
            return null;
        }

        Span<double> features = stackalloc double[Bins.Count];
        Bins.Features(temperature, features);
        var slopes = Occupied[slot] ? OccupiedSlopes : UnoccupiedSlopes;
        var value = SlotLevels[slot];
        for (var i = 0; i < features.Length; i++)
        {
            value += slopes[i] * features[i];
        }

        return value;
    }
}
