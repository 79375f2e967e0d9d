namespace ResourceMonitor.Edge;

/// <summary>The agent's source of readings.</summary>
public enum EdgeInput
{
    /// <summary>Subscribe to the factory's local MQTT broker and map native payloads.</summary>
    LocalBroker,

    /// <summary>Generate realistic readings (demos, load tests).</summary>
    Simulator,
}
