using System.Text.Json;
using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>
/// Tells the park and the two plants about a workflow change over MQTT: a <c>exchange_workflow</c> alert on the park's
/// and both plants' alert topics, and the opportunity's retained state again (with its new stage) when it is open.
/// </summary>
public sealed class WorkflowAnnouncer(IParkPublisher publisher, SymbiosisState symbiosis)
{
    /// <summary>Announces <paramref name="change"/>, after which the exchange is <paramref name="exchange"/>.</summary>
    public async Task AnnounceAsync(WorkflowChange change, ExchangeView exchange, CancellationToken cancellationToken)
    {
        var alert = JsonSerializer.SerializeToUtf8Bytes(
            new WorkflowAlert(WorkflowAlert.AlertType, symbiosis.Park, change.At, change, exchange), ExchangeJsonContext.Default.WorkflowAlert);
        var open = symbiosis.OpenOpportunity(change.OpportunityId);
        // A closed opportunity's retained state is empty; publishing empty again keeps it so.
        var state = open is null ? [] : JsonSerializer.SerializeToUtf8Bytes(open, SymbiosisJsonContext.Default.Opportunity);
        await OpportunityPublication.PublishAsync(publisher, symbiosis.Park, change.OpportunityId, [exchange.From.Id, exchange.To.Id], state, alert, cancellationToken);
    }
}
