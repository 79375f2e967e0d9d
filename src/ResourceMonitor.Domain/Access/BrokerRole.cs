namespace ResourceMonitor.Domain.Access;

/// <summary>What a broker identity is for.</summary>
public enum BrokerRole
{
    /// <summary>A connection of the park's worker: reads and writes everything of the park.</summary>
    Worker,

    /// <summary>The park operator: reads everything of the park, writes nothing.</summary>
    Operator,

    /// <summary>A plant's edge agent: writes its own readings and status, reads what concerns its plant.</summary>
    EdgeAgent,
}
