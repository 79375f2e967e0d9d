namespace ResourceMonitor.Contracts;

/// <summary>Builds and parses the topics of the v1 contract.</summary>
public static class Topics
{
    /// <summary>The contract's topic prefix.</summary>
    public const string Prefix = "rm/v1";

    /// <summary><c>rm/v1/{park}/{plant}/readings</c></summary>
    public static string Readings(string park, string plant) => $"{Prefix}/{park}/{plant}/readings";

    /// <summary><c>rm/v1/{park}/{plant}/status</c></summary>
    public static string Status(string park, string plant) => $"{Prefix}/{park}/{plant}/status";

    /// <summary><c>rm/v1/{park}/{plant}/rejected</c></summary>
    public static string Rejected(string park, string plant) => $"{Prefix}/{park}/{plant}/rejected";

    /// <summary><c>rm/v1/{park}/{plant}/ack</c>: the worker's end-to-end acknowledgement (retained).</summary>
    public static string Ack(string park, string plant) => $"{Prefix}/{park}/{plant}/ack";

    /// <summary><c>rm/v1/{park}/opportunities/{id}</c></summary>
    public static string Opportunity(string park, string opportunityId) => $"{Prefix}/{park}/opportunities/{opportunityId}";

    /// <summary><c>rm/v1/{park}/alerts</c></summary>
    public static string Alerts(string park) => $"{Prefix}/{park}/alerts";

    /// <summary>
    /// <c>rm/v1/{park}/{plant}/opportunities/{id}</c>: an opportunity where <paramref name="plant"/> gives or takes, retained,
    /// readable with that plant's credentials (additive to v1).
    /// </summary>
    public static string PlantOpportunity(string park, string plant, string opportunityId) => $"{Prefix}/{park}/{plant}/opportunities/{opportunityId}";

    /// <summary><c>rm/v1/{park}/{plant}/alerts</c>: the alerts that concern <paramref name="plant"/> (additive to v1).</summary>
    public static string PlantAlerts(string park, string plant) => $"{Prefix}/{park}/{plant}/alerts";

    /// <summary>The filter for every opportunity of one plant: <c>rm/v1/{park}/{plant}/opportunities/#</c>.</summary>
    public static string PlantOpportunities(string park, string plant) => $"{Prefix}/{park}/{plant}/opportunities/#";

    /// <summary>The filter for everything of one park: <c>rm/v1/{park}/#</c>.</summary>
    public static string Park(string park) => $"{Prefix}/{park}/#";

    /// <summary>The filter a worker subscribes to for the readings of every plant of a park.</summary>
    public static string AllReadings(string park) => $"{Prefix}/{park}/+/readings";

    /// <summary>The filter for the status of every agent of a park.</summary>
    public static string AllStatus(string park) => $"{Prefix}/{park}/+/status";

    /// <summary>Parses <c>rm/v1/{park}/{plant}/{readings|status|rejected|ack}</c>; false for anything else.</summary>
    public static bool TryParsePlantTopic(string? topic, out PlantTopic parsed)
    {
        parsed = default;
        if (topic is null)
        {
            return false;
        }

        var parts = topic.Split('/');
        if (parts.Length != 5 || parts[0] != "rm" || parts[1] != "v1")
        {
            return false;
        }

        if (!ResourceIds.IsValid(parts[2]) || !ResourceIds.IsValid(parts[3]) || parts[3] == "opportunities")
        {
            return false;
        }

        TopicKind? kind = parts[4] switch
        {
            "readings" => TopicKind.Readings,
            "status" => TopicKind.Status,
            "rejected" => TopicKind.Rejected,
            "ack" => TopicKind.Ack,
            _ => null,
        };
        if (kind is null)
        {
            return false;
        }

        parsed = new PlantTopic(parts[2], parts[3], kind.Value);
        return true;
    }
}
