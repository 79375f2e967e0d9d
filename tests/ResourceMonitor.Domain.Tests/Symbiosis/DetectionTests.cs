using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

public sealed class DetectionTests
{
    private static ParkRun Pair() => new(TestPark.Heat(("giver", true, 95), ("taker", false, 60)));

    [Fact]
    public void Surplus_opens_after_the_smoothed_rate_stayed_above_the_threshold_for_the_open_duration()
    {
        var run = Pair();

        run.Run(TimeSpan.FromMinutes(2), p => p == "giver" ? 300 : 200);
        Assert.False(run.Engine.InSurplus("giver"));
        run.Run(TimeSpan.FromMinutes(3), p => p == "giver" ? 300 : 200);

        Assert.True(run.Engine.InSurplus("giver"));
        var opened = Assert.Single(run.Of(OpportunityEventKind.Opened));
        Assert.Equal("giver--taker", opened.Opportunity.Id);
        Assert.Equal(ParkRun.Start.AddMinutes(4), opened.At);
    }

    [Fact]
    public void A_single_spike_is_smoothed_away_and_opens_nothing()
    {
        var run = Pair();

        run.Run(TimeSpan.FromHours(1), (plant, _, at) => plant == "taker" ? 200 : at.Minute == 30 ? 400 : 20);

        Assert.False(run.Engine.InSurplus("giver"));
        Assert.Empty(run.Events);
    }

    [Fact]
    public void Noise_around_the_open_threshold_does_not_flap()
    {
        var run = Pair();
        var random = new Random(7);

        run.Run(TimeSpan.FromHours(3), p => p == "giver" ? 90 + (random.NextDouble() * 30) : 200);

        Assert.True(run.Of(OpportunityEventKind.Opened).Count() <= 1);
        Assert.Empty(run.Of(OpportunityEventKind.Closed));
    }

    [Fact]
    public void Surplus_closes_only_after_staying_below_the_close_threshold_for_the_close_duration()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        run.Run(TimeSpan.FromMinutes(6), p => p == "giver" ? 0 : 200);
        Assert.True(run.Engine.InSurplus("giver"));
        run.Run(TimeSpan.FromMinutes(6), p => p == "giver" ? 0 : 200);

        Assert.False(run.Engine.InSurplus("giver"));
        var closed = Assert.Single(run.Of(OpportunityEventKind.Closed));
        Assert.Equal("offer not in surplus", closed.Reason);
        Assert.InRange(closed.At, ParkRun.Start.AddMinutes(17), ParkRun.Start.AddMinutes(22));
    }

    [Fact]
    public void A_gap_in_data_shorter_than_the_stale_limit_holds_the_opportunity()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        run.Run(TimeSpan.FromMinutes(8), _ => null);
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        Assert.Single(run.Of(OpportunityEventKind.Opened));
        Assert.Empty(run.Of(OpportunityEventKind.Closed));
    }

    [Fact]
    public void A_gap_in_data_longer_than_the_stale_limit_closes_the_opportunity()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        run.Run(TimeSpan.FromMinutes(12), p => p == "giver" ? null : 200);

        var closed = Assert.Single(run.Of(OpportunityEventKind.Closed));
        Assert.Equal(ParkRun.Start.AddMinutes(21), closed.At);
        Assert.Equal("no data from the offer", closed.Reason);
        Assert.Equal(DetectorCondition.Stale, run.Engine.OfferCondition("giver"));
        Assert.False(run.Engine.InSurplus("giver"));
    }

    [Fact]
    public void A_plant_going_offline_closes_its_opportunities_at_once_and_they_reopen_after_the_open_duration()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        run.Engine.SetPlantOnline("taker", false);
        run.Run(TimeSpan.FromMinutes(1), p => p == "giver" ? 300 : 200);
        Assert.Equal("need plant offline", Assert.Single(run.Of(OpportunityEventKind.Closed)).Reason);
        Assert.Equal(DetectorCondition.Offline, run.Engine.NeedCondition("taker"));

        run.Engine.SetPlantOnline("taker", true);
        run.Run(TimeSpan.FromMinutes(5), p => p == "giver" ? 300 : 200);
        Assert.Equal(2, run.Of(OpportunityEventKind.Opened).Count());
    }

    [Fact]
    public void A_counter_meter_is_read_as_its_rate_per_hour()
    {
        var catalog = TestPark.Heat(("giver", true, 95), ("taker", false, 60));
        var counter = catalog.Meters[0] with { Unit = "kWh", Kind = Contracts.ReadingKind.Counter };
        catalog = new ResourceMonitor.Domain.Catalog.ParkCatalog(catalog.Park, catalog.Plants, [counter, catalog.Meters[1]], catalog.Offers, catalog.Needs);
        var run = new ParkRun(catalog);

        // 5 kWh a minute is 300 kW.
        run.Run(TimeSpan.FromMinutes(10), (plant, _, at) => plant == "giver" ? 1000 + (5 * (at - ParkRun.Start).TotalMinutes) : 200);

        Assert.True(run.Engine.InSurplus("giver"));
        Assert.Equal(200, Assert.Single(run.Engine.Open).PotentialRate, 6);
    }
}
