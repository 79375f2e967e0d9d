using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

public sealed class LifecycleTests
{
    private static ParkRun Pair() => new(TestPark.Heat(("giver", true, 95), ("taker", false, 60)));

    [Fact]
    public void Small_rate_changes_are_not_announced_and_a_significant_one_is_once()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        run.Run(TimeSpan.FromMinutes(20), (plant, _, at) => plant == "giver" ? 300 : 200 + (at.Minute % 3 * 10));
        Assert.Empty(run.Of(OpportunityEventKind.Updated));

        run.Run(TimeSpan.FromMinutes(20), p => p == "giver" ? 300 : 120);
        var updated = Assert.Single(run.Of(OpportunityEventKind.Updated));
        Assert.InRange(updated.Opportunity.PotentialRate, 120, 160);
        Assert.Single(run.Engine.Open);
    }

    [Fact]
    public void Totals_run_on_the_allocated_rate_at_the_park_tariff_and_emission_factor()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(4), p => p == "giver" ? 300 : 90);
        var opened = Assert.Single(run.Of(OpportunityEventKind.Opened));

        run.Run(TimeSpan.FromHours(2), p => p == "giver" ? 300 : 90);

        var open = Assert.Single(run.Engine.Open);
        Assert.Equal(ParkRun.Start.AddMinutes(4), opened.At);
        Assert.Equal(90 * 2, open.Totals.Quantity, 3);
        Assert.Equal(90 * 2 / 0.9 * 1000, open.Totals.Money, 1);
        Assert.Equal(90 * 2 / 0.9 * 0.2, open.Totals.Co2eKg, 3);
        Assert.Equal("VND", open.Currency);
    }

    [Fact]
    public void A_waste_lot_is_counted_once_however_long_it_stays_open()
    {
        var run = new ParkRun(TestPark.Slag(LegalStanding.NeedsLicence));

        run.Run(TimeSpan.FromHours(3), p => p == "steel" ? 25000 : 5000);

        var open = Assert.Single(run.Engine.Open);
        Assert.Equal(LegalStanding.NeedsLicence, open.LegalStanding);
        Assert.Equal("kg", open.RateUnit);
        Assert.Equal(25000, open.Totals.Quantity, 3);
        Assert.Equal(25000 * 3000, open.Totals.Money, 1);
    }

    [Fact]
    public void An_opportunity_shows_the_other_plant_by_name_and_distance_never_a_meter()
    {
        var run = Pair();
        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 300 : 200);

        var open = Assert.Single(run.Engine.Open);

        Assert.Equal(new PlantRef("giver", "GIVER"), open.From);
        Assert.Equal(new PlantRef("taker", "TAKER"), open.To);
        Assert.Equal(95, open.Quality.TemperatureC);
        Assert.Equal(500, open.DistanceMetres, 0);
        Assert.True(open.Concerns("taker"));
        Assert.False(open.Concerns("someone-else"));
        Assert.DoesNotContain("heat", typeof(Opportunity).GetProperties().Select(p => p.Name.ToLowerInvariant()).Where(n => n.Contains("meter", StringComparison.Ordinal)));
    }

    [Fact]
    public void After_a_restart_an_open_opportunity_is_not_announced_again_and_totals_continue()
    {
        var catalog = TestPark.Heat(("giver", true, 95), ("taker", false, 60));
        var first = new ParkRun(catalog);
        first.Run(TimeSpan.FromHours(1), p => p == "giver" ? 300 : 100);
        var before = Assert.Single(first.Engine.Open);
        var snapshot = first.Engine.Snapshot(first.Now);

        var second = new ParkRun(catalog);
        second.Time.SetUtcNow(first.Now);
        second.Engine.Restore(snapshot, second.Now);
        second.Run(TimeSpan.FromHours(1), p => p == "giver" ? 300 : 100);

        Assert.Empty(second.Events);
        var after = Assert.Single(second.Engine.Open);
        Assert.Equal(before.OpenedAt, after.OpenedAt);
        // The minute between the restart and the first reading is not covered by data, so it is not counted.
        Assert.Equal(before.Totals.Quantity + (100.0 * 59 / 60), after.Totals.Quantity, 3);
    }

    [Fact]
    public void After_a_restart_an_opportunity_that_no_longer_holds_closes_once()
    {
        var catalog = TestPark.Heat(("giver", true, 95), ("taker", false, 60));
        var first = new ParkRun(catalog);
        first.Run(TimeSpan.FromMinutes(30), p => p == "giver" ? 300 : 100);
        var snapshot = first.Engine.Snapshot(first.Now);

        var second = new ParkRun(catalog);
        second.Time.SetUtcNow(first.Now);
        second.Engine.Restore(snapshot, second.Now);
        second.Run(TimeSpan.FromMinutes(30), p => p == "giver" ? 0 : 100);

        Assert.Empty(second.Of(OpportunityEventKind.Opened));
        Assert.Single(second.Of(OpportunityEventKind.Closed));
    }
}
