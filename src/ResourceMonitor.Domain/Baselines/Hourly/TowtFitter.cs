using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// Fits CalTRACK's hourly time-of-week-and-temperature model: per segment, occupancy from a degree-hour fit, then
/// consumption against one indicator per hour slot (168 hours of the week, 24 holiday hours with the holiday driver)
/// and segmented temperature features, separately for occupied and unoccupied hours, by weighted least squares.
/// </summary>
public sealed class TowtFitter(HourlyModelOptions options)
{
    /// <summary>A fitter with CalTRACK's defaults.</summary>
    public TowtFitter()
        : this(HourlyModelOptions.Default)
    {
    }

    /// <summary>
    /// Fits <paramref name="observations"/> (hours with consumption and temperature; non-finite ones are left out)
    /// with local time in <paramref name="timeZone"/> and the non-working days <paramref name="holidays"/>.
    /// </summary>
    public HourlyFitOutcome Fit(IReadOnlyList<HourlyObservation> observations, TimeZoneInfo timeZone, IReadOnlySet<DateOnly> holidays)
    {
        var usable = observations.Where(o => double.IsFinite(o.Consumption) && double.IsFinite(o.TemperatureCelsius)).ToList();
        var days = options.HolidayDriver ? holidays : new HashSet<DateOnly>();
        var rows = usable.Select(o => (Observation: o, Slot: HourSlot.Of(o.Start, timeZone, days), Month: TimeZoneInfo.ConvertTime(o.Start, timeZone).Month)).ToList();
        var mean = usable.Count == 0 ? 0 : usable.Average(o => o.Consumption);
        if (!(mean > 0))
        {
            return HourlyFitOutcome.Refused(RefusalReason.ConstantVariable, "The hourly consumption's mean is not positive: there is nothing to model.");
        }

        var segments = new Dictionary<int, TowtSegment>();
        var keys = options.Segmentation == HourlySegmentation.Whole ? [0] : rows.Select(r => r.Month).Distinct().Order().ToList();
        foreach (var key in keys)
        {
            var training = rows
                .Select(r => (r.Slot, r.Observation.Consumption, Temperature: r.Observation.TemperatureCelsius, Weight: Weight(key, r.Month)))
                .Where(r => r.Weight > 0)
                .ToList();
            if (FitSegment(training) is not { } segment)
            {
                return HourlyFitOutcome.Refused(RefusalReason.TooFewPoints, string.Create(CultureInfo.InvariantCulture,
                    $"{(key == 0 ? "The baseline" : $"Month {key}")} has {training.Count} hours, too few for its hour slots and temperature bins with {options.MinResidualDegreesOfFreedom} residual degrees of freedom."));
            }

            segments[key] = segment;
        }

        var model = new TowtModel(segments, timeZone, days, options);
        return new HourlyFitOutcome(Statistics(model, usable, mean), null);
    }

    private double Weight(int segment, int month)
    {
        if (segment == 0 || segment == month)
        {
            return 1;
        }

        var distance = Math.Abs(segment - month);
        return Math.Min(distance, 12 - distance) == 1 ? 0.5 : 0;
    }

    private TowtSegment? FitSegment(List<(int Slot, double Consumption, double Temperature, double Weight)> rows)
    {
        var bins = TemperatureBins.For(rows.Select(r => r.Temperature).ToList(), options.BinEndpointsCelsius, options.MinHoursPerBin);
        var occupied = OccupancyDetector.Detect(rows, options);
        var slots = rows.Select(r => r.Slot).Distinct().Order().ToList();
        var slotColumn = slots.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var hasOccupied = rows.Any(r => occupied[r.Slot]);
        var hasUnoccupied = rows.Any(r => !occupied[r.Slot]);
        var occupiedStart = slots.Count;
        var unoccupiedStart = occupiedStart + (hasOccupied ? bins.Count : 0);
        var p = unoccupiedStart + (hasUnoccupied ? bins.Count : 0);
        if (rows.Count - p < options.MinResidualDegreesOfFreedom)
        {
            return null;
        }

        var x = Matrix<double>.Build.Dense(rows.Count, p);
        var features = new double[bins.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            x[i, slotColumn[rows[i].Slot]] = 1;
            bins.Features(rows[i].Temperature, features);
            var start = occupied[rows[i].Slot] ? occupiedStart : unoccupiedStart;
            for (var f = 0; f < features.Length; f++)
            {
                x[i, start + f] = features[f];
            }
        }

        // A temperature feature that never changes within its group (occupied hours all above a bin, say) cannot be
        // told from the slot levels: its slope is 0, not an arbitrary split that would bend predictions elsewhere.
        var constant = Enumerable.Range(slots.Count, p - slots.Count).Where(c => IsConstant(x, c, unoccupiedStart, occupied, rows)).ToHashSet();
        foreach (var c in constant)
        {
            x.ClearColumn(c);
        }

        var beta = WeightedLeastSquares.Solve(x, Vector<double>.Build.Dense(rows.Count, i => rows[i].Consumption), Vector<double>.Build.Dense(rows.Count, i => rows[i].Weight));
        var levels = Enumerable.Repeat(double.NaN, HourSlot.Count).ToArray();
        foreach (var (slot, column) in slotColumn)
        {
            levels[slot] = beta[column];
        }

        foreach (var c in constant)
        {
            beta[c] = 0;
        }

        var zero = new double[bins.Count];
        return new TowtSegment(
            levels,
            occupied,
            bins,
            hasOccupied ? [.. beta.SubVector(occupiedStart, bins.Count)] : zero,
            hasUnoccupied ? [.. beta.SubVector(unoccupiedStart, bins.Count)] : zero,
            p - constant.Count);
    }

    private static bool IsConstant(Matrix<double> x, int column, int unoccupiedStart, bool[] occupied, List<(int Slot, double Consumption, double Temperature, double Weight)> rows)
    {
        var inOccupiedGroup = column < unoccupiedStart;
        var values = Enumerable.Range(0, rows.Count).Where(i => occupied[rows[i].Slot] == inOccupiedGroup).Select(i => x[i, column]).ToList();
        return values.Count == 0 || values.Max() - values.Min() < 1e-9;
    }

    private static HourlyModelFit Statistics(TowtModel model, List<HourlyObservation> observations, double mean)
    {
        var n = observations.Count;
        var p = model.Parameters;
        double sse = 0, sst = 0, bias = 0;
        foreach (var o in observations)
        {
            var residual = o.Consumption - (model.Predict(o.Start, o.TemperatureCelsius) ?? double.NaN);
            sse += residual * residual;
            bias += residual;
            sst += (o.Consumption - mean) * (o.Consumption - mean);
        }

        var dof = Math.Max(1, n - p);
        return new HourlyModelFit(model, n, p, sst > 0 ? 1 - (sse / sst) : double.NaN, Math.Sqrt(sse / dof) / mean * 100, bias / (dof * mean) * 100);
    }
}
