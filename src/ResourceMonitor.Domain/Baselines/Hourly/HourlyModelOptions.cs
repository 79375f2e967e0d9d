namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>Settings of the time-of-week-and-temperature model; the defaults are CalTRACK's (hourly methods, section 3), in °C.</summary>
public sealed record HourlyModelOptions
{
    /// <summary>Temperature bin endpoints: CalTRACK's 30, 45, 55, 65, 75 and 90 °F in °C.</summary>
    public IReadOnlyList<double> BinEndpointsCelsius { get; init; } = [-1.111, 7.222, 12.778, 18.333, 23.889, 32.222];

    /// <summary>A temperature bin with fewer hours than this is merged with its neighbour (CalTRACK: 20).</summary>
    public int MinHoursPerBin { get; init; } = 20;

    /// <summary>An hour of the week is occupied when at least this share of its residuals from the degree-day fit is positive (CalTRACK: 0.65).</summary>
    public double OccupancyThreshold { get; init; } = 0.65;

    /// <summary>Heating degree base of the occupancy fit: 50 °F.</summary>
    public double OccupancyHeatingBaseCelsius { get; init; } = 10;

    /// <summary>Cooling degree base of the occupancy fit: 65 °F.</summary>
    public double OccupancyCoolingBaseCelsius { get; init; } = 18.333;

    /// <summary>Per-month (CalTRACK) or single fitting.</summary>
    public HourlySegmentation Segmentation { get; init; } = HourlySegmentation.ThreeMonthWeighted;

    /// <summary>
    /// Holidays as a driver (beyond CalTRACK): an hour of a holiday or closure day takes one of 24 holiday hour-of-day
    /// indicators instead of its time-of-week indicator and is unoccupied, so a Tết week neither drags down the usual
    /// Monday nor is predicted as one.
    /// </summary>
    public bool HolidayDriver { get; init; } = true;

    /// <summary>Least residual degrees of freedom a segment's fit must keep.</summary>
    public int MinResidualDegreesOfFreedom { get; init; } = 24;

    /// <summary>The defaults.</summary>
    public static HourlyModelOptions Default { get; } = new();
}
