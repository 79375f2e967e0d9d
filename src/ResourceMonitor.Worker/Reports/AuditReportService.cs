namespace ResourceMonitor.Worker.Reports;

/// <summary>Makes an audit report from stored data: loads both periods with InfluxQL, then builds the report.</summary>
public sealed class AuditReportService(
    PlantDataLoader loader,
    AuditReportBuilder builder,
    OpportunityLoader opportunities,
    TimeProvider time) : IAuditReportSource
{
    /// <inheritdoc />
    public TimeZoneInfo TimeZone => loader.TimeZone;

    /// <summary>Whether <paramref name="plant"/> is known (the catalog's plants; any plant without a catalog).</summary>
    public bool KnowsPlant(string plant) => loader.KnowsPlant(plant);

    /// <inheritdoc />
    public async Task<AuditReport> CreateAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var baselineData = await loader.LoadAsync(request.Plant, request.Baseline, cancellationToken);
        var reportingData = await loader.LoadAsync(request.Plant, request.Reporting, cancellationToken);
        var (from, to) = loader.Instants(request.Reporting);
        var symbiosis = await opportunities.LoadAsync(request.Plant, from, to, cancellationToken);
        return builder.Build(request, baselineData, reportingData, loader.TimeZone.Id, time.GetUtcNow(), symbiosis);
    }

    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>: the text and its media type.</summary>
    public static (string Content, string MediaType) Render(AuditReport report, ReportFormat format) => format switch
    {
        ReportFormat.Csv => (ReportCsv.Render(report), "text/csv; charset=utf-8"),
        ReportFormat.Html => (ReportHtml.Render(report), "text/html; charset=utf-8"),
        _ => (ReportJson.Render(report), "application/json; charset=utf-8"),
    };
}
