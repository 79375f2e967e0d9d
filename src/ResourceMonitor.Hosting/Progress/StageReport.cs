namespace ResourceMonitor.Hosting.Progress;

/// <summary>
/// One stage's figures at one moment, as readiness shows them: what it was given and finished, what waits, when it last made
/// progress (or ran, for a periodic stage), its restarts and last error, and whether it is stalled and why.
/// </summary>
/// <param name="Name">The stage's name, e.g. <c>ingest.acknowledgement</c>.</param>
/// <param name="Received">Items handed to the stage since start.</param>
/// <param name="Completed">Items it finished since start.</param>
/// <param name="Waiting">Received minus completed.</param>
/// <param name="LastProgress">When it last finished an item or a run; null if never.</param>
/// <param name="Period">For a periodic stage, how often it must run; null otherwise.</param>
/// <param name="Restarts">Times the supervisor restarted it.</param>
/// <param name="LastError">The last fault's message, if any.</param>
/// <param name="State"><c>running</c>, <c>stalled</c>, <c>restarting</c> or <c>failed</c>.</param>
/// <param name="Reason">Why it is not <c>running</c>; null when it is.</param>
public sealed record StageReport(
    string Name,
    long Received,
    long Completed,
    long Waiting,
    DateTimeOffset? LastProgress,
    TimeSpan? Period,
    int Restarts,
    string? LastError,
    string State,
    string? Reason)
{
    /// <summary>True when the stage is stalled or has failed: readiness is unhealthy.</summary>
    public bool Stalled => State is StageStates.Stalled or StageStates.Failed;
}
