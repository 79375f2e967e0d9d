using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Domain.Baselines.Drivers;

/// <summary>
/// Rolls daily consumption and driver series up to the periods of a granularity (sums: consumption, production and
/// degree days are all additive). A period enters the model only when every one of its days has consumption and
/// every driver: a partial month would look like a month of low use and bias the fit.
/// </summary>
public static class PeriodObservationBuilder
{
    /// <summary>Builds the observations of the complete periods between <paramref name="from"/> (inclusive) and <paramref name="to"/> (exclusive).</summary>
    public static PeriodObservations Build(
        Granularity granularity,
        DateOnly from,
        DateOnly to,
        IReadOnlyList<DailyValue> consumption,
        IReadOnlyDictionary<string, IReadOnlyList<DailyValue>> drivers)
    {
        var consumptionByDay = ByDay(consumption);
        var driversByDay = drivers.ToDictionary(d => d.Key, d => ByDay(d.Value), StringComparer.Ordinal);
        var observations = new List<RegressionObservation>();
        var incomplete = new List<IncompletePeriod>();
        for (var start = PeriodCalendar.StartOf(from, granularity); start < to; start = start.AddDays(PeriodCalendar.DaysIn(start, granularity)))
        {
            var days = Enumerable.Range(0, PeriodCalendar.DaysIn(start, granularity)).Select(start.AddDays).ToList();
            var reason = MissingReason(days, from, to, consumptionByDay, driversByDay);
            if (reason is not null)
            {
                incomplete.Add(new IncompletePeriod(start, reason));
                continue;
            }

            observations.Add(new RegressionObservation(
                start,
                days.Sum(d => consumptionByDay[d]),
                driversByDay.ToDictionary(kv => kv.Key, kv => days.Sum(d => kv.Value[d]), StringComparer.Ordinal)));
        }

        return new PeriodObservations(observations, incomplete);
    }

    private static Dictionary<DateOnly, double> ByDay(IReadOnlyList<DailyValue> series)
    {
        var byDay = new Dictionary<DateOnly, double>();
        foreach (var value in series)
        {
            byDay[value.Day] = byDay.GetValueOrDefault(value.Day) + value.Value;
        }

        return byDay;
    }

    private static string? MissingReason(
        List<DateOnly> days,
        DateOnly from,
        DateOnly to,
        Dictionary<DateOnly, double> consumption,
        Dictionary<string, Dictionary<DateOnly, double>> drivers)
    {
        if (days[0] < from || days[^1] >= to)
        {
            return "the period extends beyond the requested range";
        }

        var noConsumption = days.Count(d => !consumption.ContainsKey(d));
        if (noConsumption > 0)
        {
            return $"{noConsumption} day(s) without consumption data";
        }

        foreach (var (name, series) in drivers)
        {
            var missing = days.Count(d => !series.ContainsKey(d));
            if (missing > 0)
            {
                return $"{missing} day(s) without data for driver '{name}'";
            }
        }

        return null;
    }
}
