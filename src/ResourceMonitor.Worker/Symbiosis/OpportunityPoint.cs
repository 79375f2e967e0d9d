using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>The InfluxDB point of one opportunity alert (documented in docs/symbiosis.md).</summary>
public static class OpportunityPoint
{
    /// <summary>The point for <paramref name="alert"/> in <paramref name="measurement"/>.</summary>
    public static PointData Of(string measurement, OpportunityAlert alert)
    {
        var o = alert.Opportunity;
        return PointData.Measurement(measurement)
            .Tag("park", alert.Park)
            .Tag("opportunity", o.Id)
            .Tag("resource", o.Resource.ToString().ToLowerInvariant())
            .Tag("from_plant", o.From.Id)
            .Tag("to_plant", o.To.Id)
            .Tag("event", alert.State)
            .Field("open", o.Status == OpportunityStatus.Open)
            .Field("potential_rate", o.PotentialRate)
            .Field("allocated_rate", o.AllocatedRate)
            .Field("rate_unit", o.RateUnit)
            .Field("distance_m", o.DistanceMetres)
            .Field("total_quantity", o.Totals.Quantity)
            .Field("total_money", o.Totals.Money)
            .Field("total_co2e_kg", o.Totals.Co2eKg)
            .Field("legal_standing", o.LegalStanding.ToString())
            .Field("reason", alert.Reason)
            .Timestamp(alert.Ts.UtcDateTime, WritePrecision.Ms);
    }
}
