namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>The Sparkplug B message types (the third topic level), as the specification spells them.</summary>
public enum SparkplugMessageType
{
    /// <summary>An edge node's birth: its metrics with names, aliases, data types and values; <c>bdSeq</c>; <c>seq</c> restarts.</summary>
    NBIRTH,

    /// <summary>An edge node's death (usually its MQTT Will): its <c>bdSeq</c>, no <c>seq</c>.</summary>
    NDEATH,

    /// <summary>A device's birth, under its edge node.</summary>
    DBIRTH,

    /// <summary>A device's death.</summary>
    DDEATH,

    /// <summary>An edge node's own metrics, by alias.</summary>
    NDATA,

    /// <summary>A device's metrics, by alias.</summary>
    DDATA,

    /// <summary>A command to an edge node (ignored: this agent only reads).</summary>
    NCMD,

    /// <summary>A command to a device (ignored: this agent only reads).</summary>
    DCMD,
}
