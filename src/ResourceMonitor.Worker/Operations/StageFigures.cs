using ResourceMonitor.Hosting.Progress;

namespace ResourceMonitor.Worker.Operations;

/// <summary>One stage's figures as <c>/health/ready</c> shows them (snake_case JSON, like the other readiness data).</summary>
internal static class StageFigures
{
    public static Dictionary<string, object?> Of(StageReport report) => new(StringComparer.Ordinal)
    {
        ["state"] = report.State,
        ["received"] = report.Received,
        ["completed"] = report.Completed,
        ["waiting"] = report.Waiting,
        ["last_progress"] = report.LastProgress,
        ["period_seconds"] = report.Period?.TotalSeconds,
        ["restarts"] = report.Restarts,
        ["last_error"] = report.LastError,
        ["reason"] = report.Reason,
    };
}
