using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Messaging;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Feeds edge agents' online/offline status into symbiosis: an offline plant's offers and needs stop at once.</summary>
internal sealed class PlantAvailability(SymbiosisState state) : IAgentStatusConsumer
{
    public void OnAgentStatus(string park, string plant, AgentStatus status) =>
        state.SetPlantOnline(plant, status.State == AgentState.Online);
}
