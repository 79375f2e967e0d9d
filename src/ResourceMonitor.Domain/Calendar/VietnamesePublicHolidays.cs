namespace ResourceMonitor.Domain.Calendar;

/// <summary>
/// Vietnam's paid public holidays under the Labour Code 2019 (Bộ luật Lao động 45/2019/QH14, Article 112), in force
/// since 2021: New Year (1 January); Tết Nguyên Đán, 5 days (here the last day of the old lunar year and the first
/// four of the new, one of the two spans the law lets the employer choose); the Hùng Kings' commemoration (10th day
/// of the 3rd lunar month); Reunification Day (30 April); Labour Day (1 May); National Day (2 September and one
/// adjacent day, chosen by the government each year: here the 3rd when the 2nd is a Sunday, Monday or Thursday, else
/// the 1st, which reproduces the choices of 2021–2025). A holiday falling on a Sunday (the usual weekly rest day) is
/// compensated on the next working day (Article 112(3)). Lunar dates from <see cref="LunarCalendar"/> at UTC+7.
/// A park's own choices (a 2-before/3-after Tết, bridge days) are catalog extra days.
/// </summary>
public static class VietnamesePublicHolidays
{
    /// <summary>The name of the lunar new year's days.</summary>
    public const string Tet = "Tết Nguyên Đán";

    /// <summary>The holidays of Gregorian year <paramref name="year"/>, in date order, compensation days included.</summary>
    public static IReadOnlyList<Holiday> For(int year)
    {
        var days = new List<Holiday> { new(new DateOnly(year, 1, 1), "Tết Dương lịch (New Year)") };
        days.AddRange(TetDays(year));
        days.Add(new Holiday(LunarCalendar.ToSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (Hùng Kings' commemoration)"));
        days.Add(new Holiday(new DateOnly(year, 4, 30), "Ngày Giải phóng miền Nam (Reunification Day)"));
        days.Add(new Holiday(new DateOnly(year, 5, 1), "Ngày Quốc tế Lao động (Labour Day)"));
        var national = new DateOnly(year, 9, 2);
        days.Add(new Holiday(national, "Quốc khánh (National Day)"));
        var adjacent = national.DayOfWeek is DayOfWeek.Sunday or DayOfWeek.Monday or DayOfWeek.Thursday ? national.AddDays(1) : national.AddDays(-1);
        days.Add(new Holiday(adjacent, "Quốc khánh (National Day, adjacent day)"));

        // The Tết of the next lunar year can begin in late January; the one that began last January is already in.
        var byDay = days.Where(d => d.Day.Year == year).DistinctBy(d => d.Day).ToDictionary(d => d.Day);
        foreach (var holiday in byDay.Values.Where(d => d.Day.DayOfWeek == DayOfWeek.Sunday).OrderBy(d => d.Day).ToList())
        {
            var substitute = holiday.Day.AddDays(1);
            while (substitute.DayOfWeek == DayOfWeek.Sunday || byDay.ContainsKey(substitute))
            {
                substitute = substitute.AddDays(1);
            }

            byDay[substitute] = new Holiday(substitute, $"{holiday.Name}, compensation day");
        }

        return byDay.Values.Where(d => d.Day.Year == year).OrderBy(d => d.Day).ToList();
    }

    /// <summary>The five Tết days that fall in <paramref name="year"/>: those of lunar year <paramref name="year"/>, and any of the next one's.</summary>
    private static IEnumerable<Holiday> TetDays(int year)
    {
        foreach (var lunarYear in new[] { year, year + 1 })
        {
            var newYear = LunarCalendar.NewYear(lunarYear);
            for (var offset = -1; offset <= 3; offset++)
            {
                var day = newYear.AddDays(offset);
                yield return new Holiday(day, offset < 0 ? $"{Tet} (New Year's Eve)" : $"{Tet} (day {offset + 1})");
            }
        }
    }
}
