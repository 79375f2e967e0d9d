using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

/// <summary>Totals only over data, updates once per settled move, the allocation floor reported.</summary>
public sealed class HonestStateTests
{
    private static ParkRun Pair() => new(TestPark.Heat(("giver", true, 95), ("taker", false, 60)));

    [Fact]
    public void Nothing_accrues_while_a_meter_is_silent_within_the_stale_limit()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);
        var before = Assert.Single(run.Engine.Open).Totals.Quantity;

        run.Run(TimeSpan.FromMinutes(8), p => p == "giver" ? 300 : null);
        var silent = Assert.Single(run.Engine.Open).Totals.Quantity;
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        Assert.Equal(before, silent, 6);
        // Readings again from minute 19: the nine minutes they cover (19 to 28) count, the silent ones do not.
        Assert.Equal(before + (200.0 * 9 / 60), Assert.Single(run.Engine.Open).Totals.Quantity, 6);
        Assert.Empty(run.Of(OpportunityEventKind.Closed));
    }

    [Fact]
    public void A_ramp_down_is_announced_once_when_it_settles_not_at_every_significant_step()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 2000 : 1000);

        // The need ramps from 1000 to 300 kW over 10 minutes, then stays.
        var rampStart = run.Now;
        run.Run(TimeSpan.FromMinutes(30), (plant, _, at) => plant == "giver" ? 2000 : Math.Max(300, 1000 - (70 * (at - rampStart).TotalMinutes)), TimeSpan.FromSeconds(10));

        var updated = Assert.Single(run.Of(OpportunityEventKind.Updated));
        Assert.InRange(updated.Opportunity.PotentialRate, 299, 301);
        Assert.InRange(updated.At, rampStart.AddMinutes(10), rampStart.AddMinutes(15));
    }

    [Fact]
    public void Updates_are_at_most_one_per_minimum_interval()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(20), p => p == "giver" ? 2000 : 1000);

        // A new level every 4 minutes: each settles, but only one update per 10 minutes may go out.
        var start = run.Now;
        run.Run(TimeSpan.FromMinutes(20), (plant, _, at) => plant == "giver" ? 2000 : (at - start).TotalMinutes < 4 ? 500 : (at - start).TotalMinutes < 8 ? 250 : 1000);

        var updates = run.Of(OpportunityEventKind.Updated).Select(e => e.At).ToList();
        Assert.Equal(2, updates.Count);
        Assert.True(updates[1] - updates[0] >= DetectionSettings.Default.MinUpdateInterval);
    }

    [Fact]
    public void A_pair_the_allocation_leaves_nearly_empty_is_reported_below_the_floor()
    {
        var run = new ParkRun(TestPark.Heat(("a", true, 95), ("x", false, 60), ("b", true, 95)));

        run.Run(TimeSpan.FromMinutes(10), p => p == "x" ? 200 : 300);

        var open = run.Engine.Open.OrderBy(o => o.AllocatedRate).ToList();
        Assert.Equal(2, open.Count);
        Assert.True(open[0].AllocationBelowFloor);
        Assert.InRange(open[0].AllocatedRate, 0, 20);
        Assert.False(open[1].AllocationBelowFloor);
        Assert.Equal(200, open[1].AllocatedRate, 3);
    }
}
