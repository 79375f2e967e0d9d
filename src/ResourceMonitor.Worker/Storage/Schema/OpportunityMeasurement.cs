namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>opportunity</c>: symbiosis opportunities: alerts and running totals (<c>Symbiosis/OpportunityPoint</c>); read by the reports. Its tags and fields are documented in docs/storage.md.</summary>
public static class OpportunityMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "opportunity";

    /// <summary>Tag <c>opportunity</c>.</summary>
    public const string Opportunity = "opportunity";

    /// <summary>Tag <c>from_plant</c>.</summary>
    public const string FromPlant = "from_plant";

    /// <summary>Tag <c>to_plant</c>.</summary>
    public const string ToPlant = "to_plant";

    /// <summary>Tag <c>event</c>.</summary>
    public const string Event = "event";

    /// <summary>Field <c>open</c>.</summary>
    public const string Open = "open";

    /// <summary>Field <c>potential_rate</c>.</summary>
    public const string PotentialRate = "potential_rate";

    /// <summary>Field <c>allocated_rate</c>.</summary>
    public const string AllocatedRate = "allocated_rate";

    /// <summary>Field <c>rate_unit</c>.</summary>
    public const string RateUnit = "rate_unit";

    /// <summary>Field <c>distance_m</c>.</summary>
    public const string DistanceM = "distance_m";

    /// <summary>Field <c>total_quantity</c>.</summary>
    public const string TotalQuantity = "total_quantity";

    /// <summary>Field <c>total_money</c>.</summary>
    public const string TotalMoney = "total_money";

    /// <summary>Field <c>total_co2e_kg</c>.</summary>
    public const string TotalCo2eKg = "total_co2e_kg";

    /// <summary>Field <c>legal_standing</c>.</summary>
    public const string LegalStanding = "legal_standing";

    /// <summary>Field <c>reason</c>.</summary>
    public const string Reason = "reason";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, Opportunity, SeriesTags.Resource, FromPlant, ToPlant, Event], [Open, PotentialRate, AllocatedRate, RateUnit, DistanceM, TotalQuantity, TotalMoney, TotalCo2eKg, LegalStanding, Reason]);
}
