namespace ResourceMonitor.Worker.Reports;

/// <summary>Where audit reports come from: <see cref="AuditReportService"/> (the audit series and tests use this seam).</summary>
public interface IAuditReportSource
{
    /// <summary>The park's time zone, in which report days are counted.</summary>
    TimeZoneInfo TimeZone { get; }

    /// <summary>The report <paramref name="request"/> asks for.</summary>
    Task<AuditReport> CreateAsync(ReportRequest request, CancellationToken cancellationToken);
}
