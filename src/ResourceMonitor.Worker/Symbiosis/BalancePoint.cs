using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>The InfluxDB point of one resource's supply and demand at one evaluation (documented in docs/symbiosis.md).</summary>
public static class BalancePoint
{
    /// <summary>The point for <paramref name="balance"/> of <paramref name="park"/> evaluated at <paramref name="at"/>.</summary>
    public static PointData Of(string park, DateTimeOffset at, ResourceBalance balance) =>
        PointData.Measurement(SymbiosisBalanceMeasurement.Name)
            .Tag(SeriesTags.Park, park)
            .Tag(SeriesTags.Resource, balance.Resource.ToString().ToLowerInvariant())
            .Field(SymbiosisBalanceMeasurement.SurplusRate, balance.SurplusRate)
            .Field(SymbiosisBalanceMeasurement.OffersInSurplus, balance.OffersInSurplus)
            .Field(SymbiosisBalanceMeasurement.DemandRate, balance.DemandRate)
            .Field(SymbiosisBalanceMeasurement.NeedsActive, balance.NeedsActive)
            .Field(SymbiosisBalanceMeasurement.MatchableSurplusRate, balance.MatchableSurplusRate)
            .Field(SymbiosisBalanceMeasurement.MatchableDemandRate, balance.MatchableDemandRate)
            .Field(SymbiosisBalanceMeasurement.AllocatedRate, balance.AllocatedRate)
            .Field(SymbiosisBalanceMeasurement.RateUnit, balance.RateUnit)
            .Timestamp(at.UtcDateTime, WritePrecision.Ms);
}
