using System.Collections.Concurrent;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Messaging;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>The latest status each plant's edge agent declared (its retained status, or the broker's Last Will), for the park page.</summary>
public sealed class AgentPresence : IAgentStatusConsumer
{
    private readonly ConcurrentDictionary<string, AgentStatus> _latest = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public void OnAgentStatus(string park, string plant, AgentStatus status) => _latest[plant] = status;

    /// <summary>The latest status of <paramref name="plant"/>'s agent, or null when it never declared one.</summary>
    public AgentStatus? Of(string plant) => _latest.GetValueOrDefault(plant);
}
