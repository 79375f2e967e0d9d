using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Reports;

/// <summary><c>GET /api/reports/{plant}?from=&amp;to=&amp;format=json|csv|html</c> (more arguments: <see cref="ReportRequestParser"/>).</summary>
public static class ReportEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/api/reports/{plant}";

    /// <summary>Maps the endpoint; returns its builder so the API policy, rate limit and report links can be attached.</summary>
    public static RouteHandlerBuilder MapReportEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, GetAsync).WithName("GetAuditReport");

    private static async Task<IResult> GetAsync(
        string plant, HttpRequest request, AuditReportService service, IOptions<ReportsOptions> options, ILogger<AuditReportService> logger, CancellationToken cancellationToken)
    {
        var format = ReportFormatParser.Parse(request.Query["format"]);
        if (format is null)
        {
            return Results.Problem("'format' must be json, csv or html.", statusCode: StatusCodes.Status400BadRequest);
        }

        var parsed = ReportRequestParser.TryParse(plant, name => request.Query[name].FirstOrDefault(), options.Value, out var error);
        if (parsed is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!service.KnowsPlant(parsed.Plant))
        {
            return Results.Problem($"Plant '{parsed.Plant}' is not in the park catalog.", statusCode: StatusCodes.Status404NotFound);
        }

        AuditReport report;
        try
        {
            report = await service.CreateAsync(parsed, cancellationToken);
        }
        catch (Exception e) when (e is InfluxQlException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The caller learns that the store failed, not where it is or what it said: that goes to the log.
            logger.ReportStoreFailed(parsed.Plant, parsed.Reporting, e);
            return Results.Problem("The report's data could not be read from the time-series store; try again later.", statusCode: StatusCodes.Status502BadGateway);
        }

        if (format == ReportFormat.Csv)
        {
            return Results.Stream(body => ReportCsv.WriteAsync(report, body, cancellationToken), "text/csv; charset=utf-8");
        }

        var (content, mediaType) = AuditReportService.Render(report, format.Value);
        return Results.Text(content, mediaType);
    }
}
