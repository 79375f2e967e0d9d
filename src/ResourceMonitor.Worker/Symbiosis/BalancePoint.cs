using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>The InfluxDB point of one resource's supply and demand at one evaluation (documented in docs/symbiosis.md).</summary>
public static class BalancePoint
{
    /// <summary>The point for <paramref name="balance"/> of <paramref name="park"/> evaluated at <paramref name="at"/>, in <paramref name="measurement"/>.</summary>
    public static PointData Of(string measurement, string park, DateTimeOffset at, ResourceBalance balance) =>
        PointData.Measurement(measurement)
            .Tag("park", park)
            .Tag("resource", balance.Resource.ToString().ToLowerInvariant())
            .Field("surplus_rate", balance.SurplusRate)
            .Field("offers_in_surplus", balance.OffersInSurplus)
            .Field("demand_rate", balance.DemandRate)
            .Field("needs_active", balance.NeedsActive)
            .Field("matchable_surplus_rate", balance.MatchableSurplusRate)
            .Field("matchable_demand_rate", balance.MatchableDemandRate)
            .Field("allocated_rate", balance.AllocatedRate)
            .Field("rate_unit", balance.RateUnit)
            .Timestamp(at.UtcDateTime, WritePrecision.Ms);
}
