using ResourceMonitor.Domain.Baselines.Hourly;
using ResourceMonitor.Domain.Calendar;

namespace ResourceMonitor.Domain.Tests.Baselines.Hourly;

/// <summary>
/// A plant in Asia/Ho_Chi_Minh with known hourly structure: occupied Monday–Saturday 07:00–19:00 at 100 + 6 per °C
/// above 26 °C, unoccupied at 30 + 1 per °C above 26 °C, closed (10) on Vietnam's public holidays and for its Tết
/// week (the 7 days from Tết's eve); 3 % Gaussian noise. Temperature 27 °C ± 4 °C daily, ± 3 °C yearly.
/// </summary>
public static class SyntheticPlant
{
    public static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static HashSet<DateOnly> ClosedDays(int year)
    {
        var days = VietnamesePublicHolidays.For(year).Select(h => h.Day).ToHashSet();
        var eve = LunarCalendar.NewYear(year).AddDays(-1);
        for (var i = 0; i < 7; i++)
        {
            days.Add(eve.AddDays(i));
        }

        return days;
    }

    public static double Expected(DateTime local, double temperature, IReadOnlySet<DateOnly> closed)
    {
        if (closed.Contains(DateOnly.FromDateTime(local)))
        {
            return 10;
        }

        var occupied = local.DayOfWeek != DayOfWeek.Sunday && local.Hour is >= 7 and < 19;
        return occupied ? 100 + (6 * Math.Max(0, temperature - 26)) : 30 + Math.Max(0, temperature - 26);
    }

    public static double Temperature(DateTime local) =>
        27 + (4 * Math.Sin(2 * Math.PI * (local.Hour - 9) / 24)) + (3 * Math.Sin(2 * Math.PI * local.DayOfYear / 365));

    public static List<HourlyObservation> Year(int year, int seed)
    {
        var closed = ClosedDays(year);
        var random = new Random(seed);
        var start = new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.FromHours(7));
        var hours = (int)(start.AddYears(1) - start).TotalHours;
        return Enumerable.Range(0, hours).Select(h =>
        {
            var at = start.AddHours(h);
            var temperature = Temperature(at.DateTime);
            var noise = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return new HourlyObservation(at, Expected(at.DateTime, temperature, closed) * (1 + (0.03 * noise)), temperature);
        }).ToList();
    }
}
