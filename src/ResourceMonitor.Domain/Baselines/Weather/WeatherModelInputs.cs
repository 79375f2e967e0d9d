using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>The daily data of one period (baseline or reporting) and how its weather terms are formed.</summary>
public sealed record WeatherModelInputs
{
    /// <summary>The observation period length.</summary>
    public required Granularity Granularity { get; init; }

    /// <summary>First local day (inclusive).</summary>
    public required DateOnly From { get; init; }

    /// <summary>Last local day (exclusive).</summary>
    public required DateOnly To { get; init; }

    /// <summary>Daily consumption of the complete days (partial days already left out).</summary>
    public required IReadOnlyList<DailyValue> Consumption { get; init; }

    /// <summary>Daily values of the drivers other than weather (production, named meters).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<DailyValue>> OtherDrivers { get; init; }

    /// <summary>The park's outdoor temperatures by day; days that are not <see cref="DailyTemperature.IsSufficient"/> count as missing.</summary>
    public required IReadOnlyList<DailyTemperature> Temperatures { get; init; }

    /// <summary>Whether heating degree days are tried.</summary>
    public bool Heating { get; init; }

    /// <summary>Whether cooling degree days are tried.</summary>
    public bool Cooling { get; init; }

    /// <summary>Heating balance points to try, °C.</summary>
    public IReadOnlyList<double> HeatingBases { get; init; } = BalancePointGrid.CalTrack;

    /// <summary>Cooling balance points to try, °C.</summary>
    public IReadOnlyList<double> CoolingBases { get; init; } = BalancePointGrid.CalTrack;

    /// <summary>How degree days are computed.</summary>
    public DegreeDayMethod Method { get; init; } = DegreeDayMethod.DegreeHours;

    /// <summary>Whether any weather term is tried (then every period needs its days' temperatures).</summary>
    public bool UsesWeather => Heating || Cooling;
}
