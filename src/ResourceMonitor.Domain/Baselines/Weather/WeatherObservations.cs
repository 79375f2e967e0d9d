using ResourceMonitor.Domain.Baselines.Drivers;

namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>
/// Builds the period observations of <see cref="WeatherModelInputs"/>: consumption, the other drivers, the mean outdoor
/// temperature (driver <see cref="TemperatureDriver"/>, never fitted: it makes a period without sufficient weather
/// incomplete for every candidate alike) and the degree days of the given balance points.
/// </summary>
public static class WeatherObservations
{
    /// <summary>The name of the daily mean temperature carried with each observation, °C.</summary>
    public const string TemperatureDriver = "temperature";

    /// <summary>The complete periods with degree days at <paramref name="heatingBase"/> and <paramref name="coolingBase"/> (null: no such term).</summary>
    public static PeriodObservations Build(WeatherModelInputs inputs, double? heatingBase, double? coolingBase)
    {
        var drivers = new Dictionary<string, IReadOnlyList<DailyValue>>(inputs.OtherDrivers, StringComparer.Ordinal);
        if (inputs.UsesWeather)
        {
            var days = inputs.Temperatures.Where(t => t.IsSufficient).ToList();
            drivers[TemperatureDriver] = days.Select(t => new DailyValue(t.Day, t.Mean)).ToList();
            if (heatingBase is { } h)
            {
                drivers[DegreeDays.HeatingDriver] = days.Select(t => new DailyValue(t.Day, DegreeDays.Heating(t, h, inputs.Method))).ToList();
            }

            if (coolingBase is { } c)
            {
                drivers[DegreeDays.CoolingDriver] = days.Select(t => new DailyValue(t.Day, DegreeDays.Cooling(t, c, inputs.Method))).ToList();
            }
        }

        var built = PeriodObservationBuilder.Build(inputs.Granularity, inputs.From, inputs.To, inputs.Consumption, drivers);
        if (inputs.Granularity is not Regression.Granularity.Daily && built.Observations.Count > 0 && drivers.ContainsKey(TemperatureDriver))
        {
            // A period's temperature is the mean of its days, not their sum.
            var observations = built.Observations
                .Select(o => o with { Drivers = new Dictionary<string, double>(o.Drivers, StringComparer.Ordinal) { [TemperatureDriver] = o.Drivers[TemperatureDriver] / PeriodCalendar.DaysIn(o.PeriodStart, inputs.Granularity) } })
                .ToList();
            return built with { Observations = observations };
        }

        return built;
    }
}
