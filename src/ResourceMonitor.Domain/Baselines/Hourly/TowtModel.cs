namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// A fitted time-of-week-and-temperature baseline (CalTRACK hourly): one <see cref="TowtSegment"/> per calendar month
/// (<see cref="HourlySegmentation.ThreeMonthWeighted"/>, keys 1–12) or one for all (<see cref="HourlySegmentation.Whole"/>, key 0).
/// Predicts an hour from its local time, its day's holiday status and its temperature.
/// </summary>
public sealed class TowtModel(IReadOnlyDictionary<int, TowtSegment> segments, TimeZoneInfo timeZone, IReadOnlySet<DateOnly> holidays, HourlyModelOptions options)
{
    private static readonly IReadOnlySet<DateOnly> EmptyDays = new HashSet<DateOnly>();

    /// <summary>The fitted segments by month (0: the single model).</summary>
    public IReadOnlyDictionary<int, TowtSegment> Segments => segments;

    /// <summary>The settings it was fitted with.</summary>
    public HourlyModelOptions Options => options;

    /// <summary>Coefficients of the largest segment: the p of CV(RMSE) and NMBE.</summary>
    public int Parameters => segments.Values.Max(s => s.Parameters);

    /// <summary>
    /// The expected consumption of the hour starting at <paramref name="start"/> at <paramref name="temperature"/>, or
    /// null when no segment covers its month or its hour slot was never seen in the baseline. Holidays are the days
    /// given at fitting plus <paramref name="moreHolidays"/> (a reporting period's).
    /// </summary>
    public double? Predict(DateTimeOffset start, double temperature, IReadOnlySet<DateOnly>? moreHolidays = null)
    {
        var local = TimeZoneInfo.ConvertTime(start, timeZone);
        var key = options.Segmentation == HourlySegmentation.Whole ? 0 : local.Month;
        if (!segments.TryGetValue(key, out var segment))
        {
            return null;
        }

        var days = !options.HolidayDriver ? EmptyDays : moreHolidays is null ? holidays : new HashSet<DateOnly>(holidays.Concat(moreHolidays));
        return segment.Predict(HourSlot.Of(start, timeZone, days), temperature);
    }

}
