using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Reports;

/// <summary><c>GET /api/reports/{plant}?from=&amp;to=&amp;format=json|csv|html</c> (more arguments: <see cref="ReportRequestParser"/>).</summary>
public static class ReportEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/api/reports/{plant}";

    /// <summary>Maps the endpoint; returns its builder so the API-key filter can be attached.</summary>
    public static RouteHandlerBuilder MapReportEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, GetAsync).WithName("GetAuditReport");

    private static async Task<IResult> GetAsync(string plant, HttpRequest request, AuditReportService service, IOptions<ReportsOptions> options, CancellationToken cancellationToken)
    {
        var format = ReportFormatParser.Parse(request.Query["format"]);
        if (format is null)
        {
            return Results.Problem("'format' must be json, csv or html.", statusCode: StatusCodes.Status400BadRequest);
        }

        var parsed = ReportRequestParser.TryParse(plant, name => request.Query[name].FirstOrDefault(), options.Value.CddBaseCelsius, out var error);
        if (parsed is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        if (!service.KnowsPlant(parsed.Plant))
        {
            return Results.Problem($"Plant '{parsed.Plant}' is not in the park catalog.", statusCode: StatusCodes.Status404NotFound);
        }

        try
        {
            var report = await service.CreateAsync(parsed, cancellationToken);
            var (content, mediaType) = AuditReportService.Render(report, format.Value);
            return Results.Text(content, mediaType);
        }
        catch (Exception e) when (e is InfluxQlException or HttpRequestException)
        {
            return Results.Problem($"The report's data could not be read: {e.Message}", statusCode: StatusCodes.Status502BadGateway);
        }
    }
}
