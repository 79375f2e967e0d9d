using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Reports;

/// <summary>Makes an audit report from stored data: loads both periods with InfluxQL, then builds the report.</summary>
public sealed class AuditReportService(
    PlantDataLoader loader,
    AuditReportBuilder builder,
    IOptions<ReportsOptions> options,
    TimeProvider time)
{
    /// <summary>Whether <paramref name="plant"/> is known (the catalog's plants; any plant without a catalog).</summary>
    public bool KnowsPlant(string plant) => loader.KnowsPlant(plant);

    /// <summary>The report <paramref name="request"/> asks for.</summary>
    public async Task<AuditReport> CreateAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var baselineData = await loader.LoadAsync(request.Plant, request.Baseline, cancellationToken);
        var reportingData = await loader.LoadAsync(request.Plant, request.Reporting, cancellationToken);
        return builder.Build(request, baselineData, reportingData, loader.TimeZone.Id, time.GetUtcNow(), Symbiosis());
    }

    /// <summary>Renders <paramref name="report"/> in <paramref name="format"/>: the text and its media type.</summary>
    public static (string Content, string MediaType) Render(AuditReport report, ReportFormat format) => format switch
    {
        ReportFormat.Csv => (ReportCsv.Render(report), "text/csv; charset=utf-8"),
        ReportFormat.Html => (ReportHtml.Render(report), "text/html; charset=utf-8"),
        _ => (ReportJson.Render(report), "application/json; charset=utf-8"),
    };

    private SymbiosisSection Symbiosis() => string.IsNullOrEmpty(options.Value.OpportunityMeasurement)
        ? new SymbiosisSection(false, "Symbiosis opportunities and surplus flows are not included: no opportunity measurement is configured (Reports:OpportunityMeasurement). See docs/baselines.md.", [])
        : new SymbiosisSection(false, $"Symbiosis totals from measurement '{options.Value.OpportunityMeasurement}' are not read by this version of the report.", []);
}
