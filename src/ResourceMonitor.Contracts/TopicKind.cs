namespace ResourceMonitor.Contracts;

/// <summary>The per-plant topics of the v1 contract.</summary>
public enum TopicKind
{
    /// <summary><c>rm/v1/{park}/{plant}/readings</c></summary>
    Readings,
    /// <summary><c>rm/v1/{park}/{plant}/status</c></summary>
    Status,
    /// <summary><c>rm/v1/{park}/{plant}/rejected</c></summary>
    Rejected,
    /// <summary><c>rm/v1/{park}/{plant}/ack</c></summary>
    Ack,
}
