using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Access;

/// <summary>
/// Who may connect to the park broker and what each may publish and read, derived from the park catalog. The one
/// definition behind both brokers: rendered as Mosquitto's ACL file (<see cref="MosquittoAclFile"/>) for production and
/// applied directly by the demo's embedded broker. Every user name is also the client id its connections get (the brokers
/// bind them), so one plant's credentials can never take over another's session, nor the worker's.
/// </summary>
public sealed class BrokerAccessPolicy
{
    /// <summary>The worker's user name (its persistent session's client id).</summary>
    public const string WorkerUsername = "worker";

    /// <summary>The park operator's user name (read-only, e.g. for <c>mosquitto_sub</c> and the broker health check).</summary>
    public const string OperatorUsername = "operator";

    /// <summary>
    /// The worker opens three connections; each needs its own user name because the client id is the user name:
    /// the subscriber (persistent session) as <c>worker</c>, the publisher as <c>worker-pub</c> and the agent-status
    /// watcher as <c>worker-status</c>, all with the worker's password.
    /// </summary>
    public static readonly IReadOnlyList<string> WorkerConnectionSuffixes = [string.Empty, "-pub", "-status"];

    private readonly FrozenDictionary<string, BrokerIdentity> _byUsername;

    private BrokerAccessPolicy(string park, IReadOnlyList<BrokerIdentity> identities)
    {
        Park = park;
        Identities = identities;
        _byUsername = identities.ToFrozenDictionary(i => i.Username, StringComparer.Ordinal);
    }

    /// <summary>The park.</summary>
    public string Park { get; }

    /// <summary>Every user, in ACL order: the worker's connections, the operator, then one edge agent per plant.</summary>
    public IReadOnlyList<BrokerIdentity> Identities { get; }

    /// <summary>The edge agent user name of a plant: <c>edge-{plant}</c> (also its agent id and client id).</summary>
    public static string EdgeUsername(string plant) => $"edge-{plant}";

    /// <summary>The policy of <paramref name="catalog"/>'s park.</summary>
    public static BrokerAccessPolicy For(ParkCatalog catalog)
    {
        var park = catalog.Park.Id;
        var identities = new List<BrokerIdentity>();
        foreach (var suffix in WorkerConnectionSuffixes)
        {
            identities.Add(new BrokerIdentity(WorkerUsername + suffix, BrokerRole.Worker, null,
                "the worker: reads every plant's readings and status, publishes rejections, acknowledgements, opportunities and alerts",
                [new TopicGrant(TopicAccess.ReadWrite, Topics.Park(park)), new TopicGrant(TopicAccess.Read, "$SYS/#")]));
        }

        identities.Add(new BrokerIdentity(OperatorUsername, BrokerRole.Operator, null,
            "the park operator: reads everything of the park (and broker statistics), publishes nothing",
            [new TopicGrant(TopicAccess.Read, Topics.Park(park)), new TopicGrant(TopicAccess.Read, "$SYS/#")]));

        foreach (var plant in catalog.Plants)
        {
            identities.Add(new BrokerIdentity(EdgeUsername(plant.Id), BrokerRole.EdgeAgent, plant.Id,
                $"edge agent of {plant.Id}: publishes its readings and status (Last Will), reads its rejections, acknowledgements, opportunities and alerts",
                [
                    new TopicGrant(TopicAccess.Write, Topics.Readings(park, plant.Id)),
                    new TopicGrant(TopicAccess.Write, Topics.Status(park, plant.Id)),
                    new TopicGrant(TopicAccess.Read, Topics.Rejected(park, plant.Id)),
                    new TopicGrant(TopicAccess.Read, Topics.Ack(park, plant.Id)),
                    new TopicGrant(TopicAccess.Read, Topics.PlantOpportunities(park, plant.Id)),
                    new TopicGrant(TopicAccess.Read, Topics.PlantAlerts(park, plant.Id)),
                ]));
        }

        return new BrokerAccessPolicy(park, identities);
    }

    /// <summary>Finds a user.</summary>
    public bool TryGetIdentity(string? username, [NotNullWhen(true)] out BrokerIdentity? identity)
    {
        identity = null;
        return username is not null && _byUsername.TryGetValue(username, out identity);
    }
}
