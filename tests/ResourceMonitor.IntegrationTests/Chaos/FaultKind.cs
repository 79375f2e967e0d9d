namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>What the chaos schedule can do to the running system.</summary>
public enum FaultKind
{
    /// <summary>SIGKILL of the worker, started again after the hold.</summary>
    WorkerKill,

    /// <summary>SIGKILL of the park Mosquitto, started again on the same port and persistence directory after the hold.</summary>
    ParkBrokerKill,

    /// <summary>SIGSTOP of influxd for the hold, then SIGCONT: a hanging database.</summary>
    InfluxFreeze,

    /// <summary>SIGKILL of influxd, started again on the same port and directories after the hold.</summary>
    InfluxKill,

    /// <summary>SIGKILL of one edge agent, started again on the same buffer after the hold.</summary>
    EdgeKill,

    /// <summary>Poison messages straight to the park broker on a plant's readings topic, with that plant's credentials.</summary>
    Poison,
}
