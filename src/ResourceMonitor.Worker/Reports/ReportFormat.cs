namespace ResourceMonitor.Worker.Reports;

/// <summary>The renderings of an audit report.</summary>
public enum ReportFormat
{
    /// <summary>Complete, machine-readable.</summary>
    Json,

    /// <summary>The series, one row per period.</summary>
    Csv,

    /// <summary>A page a person reads, with charts.</summary>
    Html,
}
