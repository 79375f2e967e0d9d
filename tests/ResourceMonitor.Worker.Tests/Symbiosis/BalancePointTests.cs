using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker.Tests.Symbiosis;

public sealed class BalancePointTests
{
    [Fact]
    public void A_balance_becomes_one_point_tagged_by_park_and_resource_with_every_number_and_its_unit()
    {
        var at = new DateTimeOffset(2026, 11, 30, 8, 0, 10, 250, TimeSpan.Zero);
        var balance = new ResourceBalance(Resource.Heat, "kW", 3200, 2, 1200.5, 2, 3200, 900, 873.25);

        var line = BalancePoint.Of("hiep-phuoc", at, balance).ToLineProtocol(null);

        Assert.Equal(
            "symbiosis_balance,park=hiep-phuoc,resource=heat allocated_rate=873.25,demand_rate=1200.5,matchable_demand_rate=900,"
            + "matchable_surplus_rate=3200,needs_active=2i,offers_in_surplus=2i,rate_unit=\"kW\",surplus_rate=3200 "
            + at.ToUnixTimeMilliseconds(),
            line);
    }
}
