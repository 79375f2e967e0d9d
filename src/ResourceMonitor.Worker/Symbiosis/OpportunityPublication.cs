using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Symbiosis;
using ResourceMonitor.Worker.Messaging;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// Where an opportunity's state and alert go: the park-wide topics for the park operator, and the topics of the two plants
/// it concerns (giver and taker), which their own broker credentials may read (docs/contract/v1.md). The payload is the
/// same: it carries the other plant's name, distance and rates, never its meter ids or readings.
/// </summary>
internal static class OpportunityPublication
{
    /// <summary>Publishes <paramref name="state"/> (retained; empty when closed) and <paramref name="alert"/> on every topic that should carry them.</summary>
    public static Task PublishAsync(IParkPublisher publisher, string park, Opportunity opportunity, ReadOnlyMemory<byte> state, ReadOnlyMemory<byte> alert, CancellationToken cancellationToken) =>
        PublishAsync(publisher, park, opportunity.Id, [opportunity.From.Id, opportunity.To.Id], state, alert, cancellationToken);

    /// <summary>The same for the pair <paramref name="opportunityId"/> of <paramref name="plants"/> (giver and taker), open or not.</summary>
    public static async Task PublishAsync(IParkPublisher publisher, string park, string opportunityId, IEnumerable<string> plants, ReadOnlyMemory<byte> state, ReadOnlyMemory<byte> alert, CancellationToken cancellationToken)
    {
        await publisher.PublishAsync(Topics.Opportunity(park, opportunityId), state, retain: true, cancellationToken);
        await publisher.PublishAsync(Topics.Alerts(park), alert, retain: false, cancellationToken);
        foreach (var plant in plants.Distinct(StringComparer.Ordinal))
        {
            await publisher.PublishAsync(Topics.PlantOpportunity(park, plant, opportunityId), state, retain: true, cancellationToken);
            await publisher.PublishAsync(Topics.PlantAlerts(park, plant), alert, retain: false, cancellationToken);
        }
    }
}
