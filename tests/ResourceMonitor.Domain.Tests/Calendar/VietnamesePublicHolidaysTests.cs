using ResourceMonitor.Domain.Calendar;

namespace ResourceMonitor.Domain.Tests.Calendar;

public sealed class VietnamesePublicHolidaysTests
{
    [Fact]
    public void The_2026_holidays_are_new_year_five_tet_days_hung_kings_30_4_1_5_and_national_day_with_its_adjacent_day()
    {
        var days = VietnamesePublicHolidays.For(2026).Select(h => h.Day).ToList();

        Assert.Equal(
            [
                new(2026, 1, 1),
                new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18), new(2026, 2, 19), new(2026, 2, 20),
                new(2026, 4, 26), new(2026, 4, 27), // Hùng Kings on a Sunday: compensated on Monday
                new(2026, 4, 30), new(2026, 5, 1),
                new(2026, 9, 1), new(2026, 9, 2),
            ],
            days);
    }

    [Theory]
    [InlineData(2021, 3)] // Thursday 2 September: 2 and 3 September
    [InlineData(2022, 1)] // Friday: 1 and 2
    [InlineData(2023, 1)] // Saturday: 1 and 2
    [InlineData(2024, 3)] // Monday: 2 and 3
    [InlineData(2025, 1)] // Tuesday: 1 and 2
    public void National_days_adjacent_day_is_the_one_the_government_chose(int year, int adjacent)
    {
        Assert.Contains(VietnamesePublicHolidays.For(year), h => h.Day == new DateOnly(year, 9, adjacent));
    }

    [Fact]
    public void A_holiday_on_a_sunday_is_compensated_on_the_next_working_day()
    {
        // 1 May 2022 was a Sunday.
        var holidays = VietnamesePublicHolidays.For(2022);

        Assert.Contains(holidays, h => h.Day == new DateOnly(2022, 5, 2) && h.Name.Contains("compensation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_park_calendar_adds_its_extra_days_and_a_plants_closure_only_for_that_plant()
    {
        var calendar = new HolidayCalendar(
            NationalHolidays.Vietnam,
            [new Holiday(new DateOnly(2027, 2, 12), "bridge day")],
            [new PlantClosure("dyeing-01", new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 14), "Tết shutdown")]);

        var dyeing = calendar.Between(new DateOnly(2027, 1, 25), new DateOnly(2027, 2, 20), "dyeing-01");
        var food = calendar.Between(new DateOnly(2027, 1, 25), new DateOnly(2027, 2, 20), "food-01");

        Assert.Equal(14, dyeing.Count);
        Assert.Equal("Tết shutdown", dyeing[new DateOnly(2027, 2, 6)]);
        Assert.Equal([new(2027, 2, 5), new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8), new(2027, 2, 9), new(2027, 2, 10), new(2027, 2, 12)], food.Keys);
    }
}
