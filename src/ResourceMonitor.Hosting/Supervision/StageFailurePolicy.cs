namespace ResourceMonitor.Hosting.Supervision;

/// <summary>What the supervisor does when a stage faults.</summary>
public enum StageFailurePolicy
{
    /// <summary>
    /// Run the stage again after a backoff, counted; past <see cref="SupervisionOptions.MaxRestarts"/> in
    /// <see cref="SupervisionOptions.RestartWindow"/> the host stops non-zero instead. For stages whose state survives their loop.
    /// </summary>
    Restart,

    /// <summary>
    /// Stop the host with a non-zero exit code at once, so systemd or compose starts a fresh process. For stages that cannot
    /// be restarted safely in-process (e.g. messages received on a connection that only a reconnect redelivers).
    /// </summary>
    StopHost,
}
