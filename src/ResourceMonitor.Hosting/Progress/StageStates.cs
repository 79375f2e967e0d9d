namespace ResourceMonitor.Hosting.Progress;

/// <summary>The values of <see cref="StageReport.State"/>.</summary>
public static class StageStates
{
    /// <summary>Making progress, or idle with nothing waiting.</summary>
    public const string Running = "running";

    /// <summary>Work waiting and no progress for <c>StallAfter</c>, or a periodic stage overdue by more than that.</summary>
    public const string Stalled = "stalled";

    /// <summary>Faulted; the supervisor runs it again after a backoff.</summary>
    public const string Restarting = "restarting";

    /// <summary>Faulted for good: the host is stopping.</summary>
    public const string Failed = "failed";
}
