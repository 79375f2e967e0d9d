using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.ParkPage;

namespace ResourceMonitor.Worker.Tests.ParkPage;

/// <summary>
/// The park page's opportunity: its allocated rate and its value per hour come from the same allocation. The opportunity
/// record keeps the rates last announced to the plants (an update alert waits for the change to settle and for the minimum
/// interval), the allocation line holds the rates of the last evaluation; mixing them showed the demo's steel → dyeing heat
/// pair at 786 kW allocated but 0 VND/h once the park allocation had moved the steel heat elsewhere.
/// </summary>
public sealed class OpportunityViewTests
{
    // Gas at 1,050 VND/kWh through the dyeing boiler at 0.9: 1 kWh of delivered heat saves 1,166.67 VND.
    private const double VndPerKwhOfHeat = 1050 / 0.9;
    private static readonly DateTimeOffset OpenedAt = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);

    private static Opportunity Announced(double allocated) => new(
        "steel-waste-heat->dyeing-boiler-heat", "steel-waste-heat", "dyeing-boiler-heat", Resource.Heat,
        new PlantRef("steel-01", "Steel"), new PlantRef("dyeing-01", "Dyeing"), new OfferedQuality(95, null, null),
        850, LegalStanding.Permitted, "kW", 900, allocated, OpportunityStatus.Open, OpenedAt, OpenedAt, null, OpportunityTotals.Zero, "VND");

    private static AllocationLine Line(double allocated) =>
        new("steel-waste-heat->dyeing-boiler-heat", Resource.Heat, "steel-01", "dyeing-01", "kW", 900, allocated, allocated * VndPerKwhOfHeat);

    [Fact]
    public void The_allocated_rate_shown_is_the_one_the_value_is_computed_at()
    {
        // Announced at 786 kW; the allocation now gives the steel heat to another need.
        var view = ParkViewBuilder.Opportunity(Announced(786), Line(0));

        Assert.Equal(0, view.AllocatedRate);
        Assert.Equal(0, view.ValuePerHour);
    }

    [Fact]
    public void An_allocated_pair_shows_its_value_at_the_gas_tariff_through_the_boiler_efficiency()
    {
        // Announced at opening with little allocated; the allocation now gives it 786 kW.
        var view = ParkViewBuilder.Opportunity(Announced(120), Line(786));

        Assert.Equal(786, view.AllocatedRate);
        Assert.Equal(917_000, view.ValuePerHour, 1e-6);
    }

    [Fact]
    public void Before_the_first_allocation_of_a_run_nothing_is_shown_as_allocated()
    {
        // Restored open from the snapshot; no evaluation yet, so no allocation line.
        var view = ParkViewBuilder.Opportunity(Announced(786), null);

        Assert.Equal(0, view.AllocatedRate);
        Assert.Equal(0, view.ValuePerHour);
    }
}
