namespace ResourceMonitor.Worker.ParkPage;

/// <summary>One open opportunity, drawn as an arrow from the giving plant to the taking one.</summary>
/// <param name="Id">The pair id.</param>
/// <param name="Resource">What flows.</param>
/// <param name="From">The giving plant's id.</param>
/// <param name="FromName">Its name.</param>
/// <param name="To">The taking plant's id.</param>
/// <param name="ToName">Its name.</param>
/// <param name="DistanceMetres">How far apart they are.</param>
/// <param name="LegalStanding">permitted, needs-licence or unknown.</param>
/// <param name="RateUnit">Unit of the rates.</param>
/// <param name="PotentialRate">What the pair alone could exchange.</param>
/// <param name="AllocatedRate">What the park allocation gives it.</param>
/// <param name="ValuePerHour">Money per hour at the allocated rate (per lot for waste).</param>
/// <param name="Currency">The park's currency.</param>
/// <param name="OpenedAt">When it opened.</param>
public sealed record OpportunityView(
    string Id,
    string Resource,
    string From,
    string FromName,
    string To,
    string ToName,
    double DistanceMetres,
    string LegalStanding,
    string RateUnit,
    double PotentialRate,
    double AllocatedRate,
    double ValuePerHour,
    string Currency,
    DateTimeOffset OpenedAt);
