namespace ResourceMonitor.Domain.Calendar;

/// <summary>
/// The Vietnamese (or, at UTC+8, the Chinese) lunisolar calendar computed astronomically: a month starts on the local
/// day of a new moon; month 11 contains the December solstice; in a year of 13 months the first month without a major
/// solar term is the leap month. New moons and the sun's longitude follow Meeus (Astronomical Algorithms, ch. 47 and
/// 25, truncated series), as in Hồ Ngọc Đức's public algorithm "Thuật toán tính âm lịch"
/// (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules.html). The local day depends on the zone: Vietnam
/// reckons at UTC+7, China at UTC+8, which is why the two calendars' new years differ in some years (2007: 17 February
/// in Vietnam, 18 February in China; 1985: 21 January in Vietnam, 20 February in China). Valid for 1900–2199.
/// </summary>
public static class LunarCalendar
{
    /// <summary>Vietnam's reckoning offset, hours east of UTC.</summary>
    public const double VietnamUtcOffsetHours = 7;

    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>
    /// The Gregorian date of day <paramref name="day"/> of lunar month <paramref name="month"/> (1–12; the leap month
    /// with <paramref name="leap"/>) of lunar year <paramref name="year"/> (the year its month 1 begins in).
    /// </summary>
    public static DateOnly ToSolar(int year, int month, int day, bool leap = false, double utcOffsetHours = VietnamUtcOffsetHours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1900);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2199);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 30);
        var (a11, b11) = month < 11
            ? (Month11(year - 1, utcOffsetHours), Month11(year, utcOffsetHours))
            : (Month11(year, utcOffsetHours), Month11(year + 1, utcOffsetHours));
        var offset = (month - 11 + 12) % 12;
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11, utcOffsetHours);
            var leapMonth = (leapOffset - 2 + 12) % 12;
            if (leap && month != leapMonth)
            {
                throw new ArgumentException($"lunar year {year} has no leap month {month} (its leap month is {leapMonth})", nameof(leap));
            }

            if (leap || offset >= leapOffset)
            {
                offset++;
            }
        }
        else if (leap)
        {
            throw new ArgumentException($"lunar year {year} has no leap month", nameof(leap));
        }

        var k = (int)Math.Floor(0.5 + ((a11 - NewMoonEpoch) / SynodicMonth));
        return DateOnly.FromDayNumber(NewMoonDay(k + offset, utcOffsetHours) + day - 1 - JulianDayOfDayNumberZero);
    }

    /// <summary>The first day of lunar year <paramref name="year"/> (Tết Nguyên Đán in Vietnam).</summary>
    public static DateOnly NewYear(int year, double utcOffsetHours = VietnamUtcOffsetHours) => ToSolar(year, 1, 1, false, utcOffsetHours);

    /// <summary>The Julian day number of the local day of the new moon after <paramref name="k"/> lunations since 1900-01-01.</summary>
    private static int NewMoonDay(int k, double utcOffsetHours) => (int)Math.Floor(NewMoon(k) + 0.5 + (utcOffsetHours / 24));

    /// <summary>The start of lunar month 11 (the month holding the December solstice) of Gregorian year <paramref name="year"/>, as a Julian day number.</summary>
    private static int Month11(int year, double utcOffsetHours)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var newMoon = NewMoonDay(k, utcOffsetHours);
        return SunSector(newMoon, utcOffsetHours) >= 9 ? NewMoonDay(k - 1, utcOffsetHours) : newMoon;
    }

    /// <summary>How many months after month 11 the leap month comes (the first month whose start and end share a 30° sector of solar longitude).</summary>
    private static int LeapMonthOffset(int a11, double utcOffsetHours)
    {
        var k = (int)Math.Floor(((a11 - NewMoonEpoch) / SynodicMonth) + 0.5);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i, utcOffsetHours), utcOffsetHours);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i, utcOffsetHours), utcOffsetHours);
        }
        while (arc != last && i < 14);
        return i - 1;
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    /// <summary>Which 30° sector (0–11) the sun's longitude is in at the start of local day <paramref name="julianDay"/>.</summary>
    private static int SunSector(int julianDay, double utcOffsetHours) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - (utcOffsetHours / 24)) / Math.PI * 6);

    /// <summary>The sun's apparent longitude in radians, 0 ≤ L &lt; 2π (Meeus ch. 25, low accuracy).</summary>
    private static double SunLongitude(double julianDate)
    {
        var t = (julianDate - 2451545.0) / 36525;
        var t2 = t * t;
        var dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m))
            + (0.000290 * Math.Sin(dr * 3 * m));
        var l = (l0 + dl) * dr;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    /// <summary>The Julian date of the <paramref name="k"/>-th new moon after 1900-01-01 (Meeus ch. 47, main terms).</summary>
    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3)
            + (0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr));
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m))
            - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr))
            - (0.0004 * Math.Sin(dr * 3 * mpr))
            + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)))
            - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)))
            - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)))
            + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }
}
