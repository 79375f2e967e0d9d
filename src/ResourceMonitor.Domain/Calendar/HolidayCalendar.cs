namespace ResourceMonitor.Domain.Calendar;

/// <summary>
/// A park's non-working days: its country's public holidays (<see cref="NationalHolidays"/>), extra days the park
/// declares (bridge days, a longer Tết), and closures of single plants (a plant's Tết week, a maintenance shutdown).
/// The hourly baseline model takes these as its holiday driver. Immutable; from the catalog's <c>park.holidays</c>.
/// </summary>
public sealed class HolidayCalendar(NationalHolidays national, IReadOnlyList<Holiday> extraDays, IReadOnlyList<PlantClosure> closures)
{
    /// <summary>No holidays at all.</summary>
    public static HolidayCalendar None { get; } = new(NationalHolidays.None, [], []);

    /// <summary>The public holidays kept.</summary>
    public NationalHolidays National => national;

    /// <summary>The park's extra days.</summary>
    public IReadOnlyList<Holiday> ExtraDays => extraDays;

    /// <summary>The closures of the park or of single plants.</summary>
    public IReadOnlyList<PlantClosure> Closures => closures;

    /// <summary>
    /// Every day from <paramref name="from"/> to <paramref name="through"/> (inclusive) on which <paramref name="plant"/>
    /// (null: the park as a whole) does not work as usual, with the first reason found: a closure, an extra day, a public holiday.
    /// </summary>
    public IReadOnlyDictionary<DateOnly, string> Between(DateOnly from, DateOnly through, string? plant = null)
    {
        var days = new Dictionary<DateOnly, string>();
        for (var year = from.Year; year <= through.Year; year++)
        {
            foreach (var holiday in Public(year))
            {
                days[holiday.Day] = holiday.Name;
            }
        }

        foreach (var extra in extraDays)
        {
            days[extra.Day] = extra.Name;
        }

        foreach (var closure in closures.Where(c => c.Plant is null || string.Equals(c.Plant, plant, StringComparison.Ordinal)))
        {
            for (var day = closure.From; day <= closure.Through; day = day.AddDays(1))
            {
                days[day] = closure.Name;
            }
        }

        return days.Where(d => d.Key >= from && d.Key <= through).OrderBy(d => d.Key).ToDictionary(d => d.Key, d => d.Value);
    }

    private IReadOnlyList<Holiday> Public(int year) => national switch
    {
        NationalHolidays.Vietnam => VietnamesePublicHolidays.For(year),
        _ => [],
    };
}
