namespace ResourceMonitor.Worker.Operations;

/// <summary>
/// The worker's stage names, as supervision logs and counts them (<c>rm_stage_restarts{stage}</c>) and readiness lists
/// them (docs/operations.md). A new stage adds its name here and registers with one line:
/// <c>var progress = stages.Register(StageNames.X);</c>.
/// </summary>
internal static class StageNames
{
    /// <summary>The ingest pipeline as a whole (subscriber, admission, acknowledgement): supervised as one.</summary>
    public const string Ingest = "ingest";

    /// <summary>Messages taken from the broker → admitted and handed to the writer.</summary>
    public const string Admission = "ingest.admission";

    /// <summary>Admitted messages → durable, fanned out and acknowledged to the broker.</summary>
    public const string Acknowledgement = "ingest.acknowledgement";

    /// <summary>Points queued for InfluxDB → written, spooled or refused.</summary>
    public const string Writer = "storage.writer";

    /// <summary>The <c>usage_1m</c> flush (periodic: <c>Aggregation:FlushInterval</c>).</summary>
    public const string Aggregation = "aggregation";

    /// <summary>Rejection notices queued → published and stored.</summary>
    public const string Rejections = "ingest.rejections";

    /// <summary>The agents' status follower.</summary>
    public const string AgentStatus = "agent-status";

    /// <summary>The park publisher's session to the park broker (rejection notices, acknowledgements, opportunities, alerts).</summary>
    public const string ParkPublisher = "park-publisher";

    /// <summary>Accepted batches queued → observed by surplus detection.</summary>
    public const string SymbiosisFeed = "symbiosis.feed";

    /// <summary>Surplus evaluation (periodic: <c>Symbiosis:EvaluationInterval</c>).</summary>
    public const string SymbiosisEvaluation = "symbiosis.evaluation";

    /// <summary>Symbiosis as a whole (feed and evaluation): supervised as one.</summary>
    public const string Symbiosis = "symbiosis";

    /// <summary>Alert webhooks.</summary>
    public const string Webhooks = "symbiosis.webhooks";

    /// <summary>Baseline deviations of live readings.</summary>
    public const string Deviations = "baselines.deviations";

    /// <summary>The hour-of-week profile refresh.</summary>
    public const string Profiles = "baselines.profiles";

    /// <summary>The audit series refresh.</summary>
    public const string AuditSeries = "reports.audit-series";
}
