using System.Globalization;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Domain.Baselines.Sufficiency;

/// <summary>Checks a baseline period's data against <see cref="SufficiencyRules"/> (CalTRACK 2.2 data sufficiency).</summary>
public static class BaselineSufficiency
{
    /// <summary>
    /// Judges the baseline days of <paramref name="inputs"/> (whose consumption has its partial days already left out;
    /// <paramref name="partialDays"/> says how many).
    /// </summary>
    public static SufficiencyReport Check(WeatherModelInputs inputs, IReadOnlySet<DateOnly> partialDays, SufficiencyRules rules)
    {
        var consumption = inputs.Consumption.Select(d => d.Day).ToHashSet();
        var weather = inputs.Temperatures.Where(t => t.IsSufficient).Select(t => t.Day).ToHashSet();
        var others = inputs.OtherDrivers.Values.Select(s => s.Select(d => d.Day).ToHashSet()).ToList();
        int days = 0, complete = 0, partial = 0, noConsumption = 0, noWeather = 0, noDriver = 0;
        for (var day = inputs.From; day < inputs.To; day = day.AddDays(1))
        {
            days++;
            var ok = true;
            if (!consumption.Contains(day))
            {
                ok = false;
                if (partialDays.Contains(day))
                {
                    partial++;
                }
                else
                {
                    noConsumption++;
                }
            }

            if (inputs.UsesWeather && !weather.Contains(day))
            {
                ok = false;
                noWeather++;
            }

            if (others.Any(s => !s.Contains(day)))
            {
                ok = false;
                noDriver++;
            }

            complete += ok ? 1 : 0;
        }

        var failures = new List<string>();
        if (days < rules.MinBaselineDays)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"The baseline period has {days} days; at least {rules.MinBaselineDays} are required (CalTRACK: a full year of seasons). Choose a longer baseline or lower the minimum (minBaselineDays, Reports:Sufficiency:MinBaselineDays)."));
        }

        var share = days == 0 ? 0 : complete / (double)days;
        if (share < rules.MinShareOfDays)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{complete} of {days} baseline days ({share:P0}) are complete; at least {rules.MinShareOfDays:P0} are required. Missing: {partial} partial day(s) (consumption covering less than {rules.MinDayCoverage:P0} of the day), {noConsumption} day(s) without consumption, {noWeather} day(s) without sufficient weather (fewer than {DailyTemperature.MinimumHours} hours), {noDriver} day(s) without another driver."));
        }

        return new SufficiencyReport(days, complete, partial, noConsumption, noWeather, noDriver, rules, failures);
    }
}
