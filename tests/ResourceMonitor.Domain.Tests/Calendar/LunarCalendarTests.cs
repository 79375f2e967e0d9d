using ResourceMonitor.Domain.Calendar;

namespace ResourceMonitor.Domain.Tests.Calendar;

public sealed class LunarCalendarTests
{
    // Tết Nguyên Đán as published in Vietnam (government holiday notices; Hồ Ngọc Đức's tables).
    [Theory]
    [InlineData(1985, "1985-01-21")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    public void Tet_falls_on_the_published_vietnamese_date(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.NewYear(year));
    }

    [Theory]
    [InlineData(1985, "1985-02-20")] // a month later: the two calendars put the 1984/85 leap month differently
    [InlineData(2007, "2007-02-18")] // the new moon of 17 February 2007 fell at 23:14 in Vietnam, 00:14 in China
    [InlineData(2024, "2024-02-10")]
    public void The_same_rules_at_utc_plus_8_give_the_chinese_new_year_which_differs_in_some_years(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.NewYear(year, utcOffsetHours: 8));
    }

    [Theory]
    [InlineData(2023, "2023-04-29")] // after the leap second month of 2023
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    public void The_hung_kings_day_is_the_tenth_day_of_the_third_lunar_month(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), LunarCalendar.ToSolar(year, 3, 10));
    }

    [Fact]
    public void A_leap_month_that_the_year_does_not_have_is_refused()
    {
        Assert.Equal(new DateOnly(2023, 3, 22), LunarCalendar.ToSolar(2023, 2, 1, leap: true));
        Assert.Throws<ArgumentException>(() => LunarCalendar.ToSolar(2024, 2, 1, leap: true));
    }
}
