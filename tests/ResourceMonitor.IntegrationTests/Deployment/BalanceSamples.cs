using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// One <c>symbiosis_balance</c> point per resource and minute over the sample data, written by the worker's own
/// <see cref="BalancePoint"/>: heat and treated water offered well above what is asked and allocated up to the demand;
/// a waste pile that passes its minimum lot after 80 minutes while the brick plant takes raw material from 60 to 150.
/// </summary>
internal static class BalanceSamples
{
    /// <summary>The points for <paramref name="minutes"/> + 1 minutes from <paramref name="start"/>.</summary>
    public static IEnumerable<PointData> Over(DateTimeOffset start, int minutes)
    {
        for (var minute = 0; minute <= minutes; minute++)
        {
            var wave = 1 + (0.1 * Math.Sin(minute / 15.0));
            var stock = 18_000 + (1_500 * minute / 60.0);
            var bricks = minute is >= 60 and <= 150 ? 5_000 * 24.0 : 0;
            var waste = stock > 20_000 ? stock : 0;
            ResourceBalance[] lines =
            [
                Matched(Resource.Heat, CanonicalUnits.Kilowatt, 3_200 * wave, 2, 1_200, 2),
                Matched(Resource.Water, CanonicalUnits.CubicMetrePerHour, 400 * wave, 1, 60, 1),
                Matched(Resource.Waste, CanonicalUnits.Kilogram, waste, waste > 0 ? 1 : 0, bricks, bricks > 0 ? 1 : 0),
            ];
            foreach (var line in lines)
            {
                yield return BalancePoint.Of(SamplePark.Id, start.AddMinutes(minute), line);
            }
        }
    }

    // Every offer and need in reach of each other: all of the surplus and demand is matchable, and the allocation gives
    // what the smaller side (after 3 % transport losses) allows.
    private static ResourceBalance Matched(Resource resource, string unit, double surplus, int offers, double demand, int needs)
    {
        var matchable = offers > 0 && needs > 0;
        return new ResourceBalance(resource, unit, surplus, offers, demand, needs,
            matchable ? surplus : 0, matchable ? demand : 0, matchable ? Math.Min(surplus * 0.97, demand) : 0);
    }
}
