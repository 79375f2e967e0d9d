using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// Told when an edge agent declares itself online or offline (its retained status, or the broker's Last Will when it
/// dies). Register with <c>services.AddSingleton&lt;IAgentStatusConsumer, T&gt;()</c>; calls come from one loop, in order.
/// </summary>
public interface IAgentStatusConsumer
{
    /// <summary>The agent of <paramref name="plant"/> in park <paramref name="park"/> reported <paramref name="status"/>.</summary>
    void OnAgentStatus(string park, string plant, AgentStatus status);
}
