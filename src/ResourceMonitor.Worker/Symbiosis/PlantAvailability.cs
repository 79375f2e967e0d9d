using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Messaging;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Feeds edge agents' online/offline status into symbiosis: an offline plant's offers and needs stop at once.</summary>
internal sealed class PlantAvailability(SymbiosisState state) : IAgentStatusConsumer
{
    public void OnAgentStatus(string park, string plant, AgentStatus status)
    {
        // A plant id may repeat in another park the worker owns; only the symbiosis park's plants count.
        if (park == state.Park)
        {
            state.SetPlantOnline(plant, status.State == AgentState.Online);
        }
    }
}
