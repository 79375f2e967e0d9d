using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Symbiosis;

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

    /// <summary>The point for <paramref name="alert"/> in <paramref name="measurement"/>.</summary>
    public static PointData Of(string measurement, OpportunityAlert alert) =>
        Create(measurement, alert.Park, alert.State, alert.Reason, alert.Ts, alert.Opportunity);

    /// <summary>The running-totals point of the open <paramref name="opportunity"/> at <paramref name="at"/>.</summary>
    public static PointData Running(string measurement, string park, DateTimeOffset at, Opportunity opportunity) =>
        Create(measurement, park, RunningEvent, null, at, opportunity);

    // A running point has no reason: last("reason") then still gives the last alert's, and count("reason") counts alerts.
    private static PointData Create(string measurement, string park, string state, string? reason, DateTimeOffset at, Opportunity o) =>
        PointData.Measurement(measurement)
            .Tag("park", park)
            .Tag("opportunity", o.Id)
            .Tag("resource", o.Resource.ToString().ToLowerInvariant())
            .Tag("from_plant", o.From.Id)
            .Tag("to_plant", o.To.Id)
            .Tag("event", state)
            .Field("open", o.Status == OpportunityStatus.Open)
            .Field("potential_rate", o.PotentialRate)
            .Field("allocated_rate", o.AllocatedRate)
            .Field("rate_unit", o.RateUnit)
            .Field("distance_m", o.DistanceMetres)
            .Field("total_quantity", o.Totals.Quantity)
            .Field("total_money", o.Totals.Money)
            .Field("total_co2e_kg", o.Totals.Co2eKg)
            .Field("legal_standing", o.LegalStanding.ToString())
            .Field("reason", reason)
            .Timestamp(at.UtcDateTime, WritePrecision.Ms);
}
