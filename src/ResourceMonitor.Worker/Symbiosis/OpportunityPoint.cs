using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// The InfluxDB point of one opportunity: at each alert (event opened, updated, closed) and, while it is open, its
/// running totals every <see cref="SymbiosisOptions.RunningTotalsInterval"/> (event <see cref="RunningEvent"/>), so
/// dashboards and reports see the totals grow between alerts (documented in docs/symbiosis.md).
/// </summary>
public static class OpportunityPoint
{
    /// <summary>The <c>event</c> tag of the periodic running-totals points.</summary>
    public const string RunningEvent = "running";

    /// <summary>The point for <paramref name="alert"/>.</summary>
    public static PointData Of(OpportunityAlert alert) =>
        Create(alert.Park, alert.State, alert.Reason, alert.Ts, alert.Opportunity);

    /// <summary>The running-totals point of the open <paramref name="opportunity"/> at <paramref name="at"/>.</summary>
    public static PointData Running(string park, DateTimeOffset at, Opportunity opportunity) =>
        Create(park, RunningEvent, null, at, opportunity);

    // A running point has no reason: last("reason") then still gives the last alert's, and count("reason") counts alerts.
    private static PointData Create(string park, string state, string? reason, DateTimeOffset at, Opportunity o) =>
        PointData.Measurement(OpportunityMeasurement.Name)
            .Tag(SeriesTags.Park, park)
            .Tag(OpportunityMeasurement.Opportunity, o.Id)
            .Tag(SeriesTags.Resource, o.Resource.ToString().ToLowerInvariant())
            .Tag(OpportunityMeasurement.FromPlant, o.From.Id)
            .Tag(OpportunityMeasurement.ToPlant, o.To.Id)
            .Tag(OpportunityMeasurement.Event, state)
            .Field(OpportunityMeasurement.Open, o.Status == OpportunityStatus.Open)
            .Field(OpportunityMeasurement.PotentialRate, o.PotentialRate)
            .Field(OpportunityMeasurement.AllocatedRate, o.AllocatedRate)
            .Field(OpportunityMeasurement.RateUnit, o.RateUnit)
            .Field(OpportunityMeasurement.DistanceM, o.DistanceMetres)
            .Field(OpportunityMeasurement.TotalQuantity, o.Totals.Quantity)
            .Field(OpportunityMeasurement.TotalMoney, o.Totals.Money)
            .Field(OpportunityMeasurement.TotalCo2eKg, o.Totals.Co2eKg)
            .Field(OpportunityMeasurement.LegalStanding, o.LegalStanding.ToString())
            .Field(OpportunityMeasurement.Reason, reason)
            .Timestamp(at.UtcDateTime, WritePrecision.Ms);
}
