using MathNet.Numerics.LinearAlgebra;

namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// CalTRACK's occupancy detection: fit consumption against heating and cooling degree hours (bases 50 °F and 65 °F)
/// by weighted least squares; an hour slot is occupied when at least the threshold share (0.65) of its residuals is
/// positive, i.e. the building usually uses more then than the weather explains. Holiday slots are never occupied.
/// </summary>
public static class OccupancyDetector
{
    /// <summary>Occupancy per <see cref="HourSlot"/> (slots without hours: unoccupied).</summary>
    public static bool[] Detect(IReadOnlyList<(int Slot, double Consumption, double Temperature, double Weight)> rows, HourlyModelOptions options)
    {
        var x = Matrix<double>.Build.Dense(rows.Count, 3, (i, j) => j switch
        {
            0 => 1,
            1 => Math.Max(0, options.OccupancyHeatingBaseCelsius - rows[i].Temperature),
            _ => Math.Max(0, rows[i].Temperature - options.OccupancyCoolingBaseCelsius),
        });
        var y = Vector<double>.Build.Dense(rows.Count, i => rows[i].Consumption);
        var beta = WeightedLeastSquares.Solve(x, y, Vector<double>.Build.Dense(rows.Count, i => rows[i].Weight));
        var residuals = y - (x * beta);

        var positive = new double[HourSlot.Count];
        var total = new double[HourSlot.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            total[rows[i].Slot] += rows[i].Weight;
            positive[rows[i].Slot] += residuals[i] > 0 ? rows[i].Weight : 0;
        }

        return Enumerable.Range(0, HourSlot.Count)
            .Select(s => !HourSlot.IsHoliday(s) && total[s] > 0 && positive[s] / total[s] >= options.OccupancyThreshold)
            .ToArray();
    }
}
