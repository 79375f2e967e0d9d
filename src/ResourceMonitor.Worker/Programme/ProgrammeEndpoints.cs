using System.Globalization;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Programme;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Programme;

/// <summary>
/// The programme API (docs/programme.md): <c>GET /api/v1/programme/indicators</c>, <c>GET /api/v1/programme/report</c> and
/// <c>GET /api/v1/programme/inputs</c> for programme and admin keys; <c>PUT /api/v1/programme/inputs/{park}/{indicator}/{month}</c>
/// for admin keys. Aggregate figures only: no route here takes a plant.
/// </summary>
public static class ProgrammeEndpoints
{
    /// <summary>The route prefix.</summary>
    public const string Prefix = "/api/v1/programme";

    /// <summary>Maps the endpoints.</summary>
    public static WebApplication MapProgrammeEndpoints(this WebApplication app)
    {
        var group = app.MapGroup(Prefix);
        group.MapGet("/indicators", () => Results.Json(ProgrammeIndicators.All, ReportJson.Options)).RequireAuthorization(ApiPolicies.Programme);
        group.MapGet("/report", GetReportAsync).RequireAuthorization(ApiPolicies.Programme).RequireRateLimiting(ReportRateLimit.Policy);
        group.MapGet("/inputs", (ManualInputStore store) => Results.Json(store.Entries, ReportJson.Options)).RequireAuthorization(ApiPolicies.Programme);
        group.MapPut("/inputs/{park}/{indicator}/{month}", RecordInput).RequireAuthorization(ApiPolicies.Operations);
        return app;
    }

    private static async Task<IResult> GetReportAsync(
        HttpRequest request, ProgrammeReportService service, IOptions<ProgrammeOptions> options, ILogger<ProgrammeReportService> logger, CancellationToken cancellationToken)
    {
        var format = ReportFormatParser.Parse(request.Query["format"]);
        if (format is null)
        {
            return Results.Problem("'format' must be json, csv or html.", statusCode: StatusCodes.Status400BadRequest);
        }

        string? from = request.Query["from"], to = request.Query["to"];
        if (ProgrammeMonths.TryParse(from, to, options.Value.MaxMonths, out var error) is not { } period)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        ProgrammeReport report;
        try
        {
            report = await service.CreateAsync(period, cancellationToken);
        }
        catch (Exception e) when (e is InfluxQlException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.ProgrammeStoreFailed(from!, to!, e);
            return Results.Problem("The report's data could not be read from the time-series store; try again later.", statusCode: StatusCodes.Status502BadGateway);
        }

        return format switch
        {
            ReportFormat.Csv => Results.Text(ProgrammeCsv.Render(report), "text/csv; charset=utf-8"),
            ReportFormat.Html => Results.Text(ProgrammeHtml.Render(report), "text/html; charset=utf-8"),
            _ => Results.Json(report, ReportJson.Options),
        };
    }

    private static IResult RecordInput(
        string park, string indicator, string month, ManualInputRequest body, HttpContext http, ProgrammeParks parks, ManualInputStore store, TimeProvider time, ILogger<ManualInputStore> logger)
    {
        if (parks.Find(park) is null)
        {
            return Results.Problem($"Park '{park}' is not in the programme (Catalog:Path, Programme:CatalogFiles).", statusCode: StatusCodes.Status404NotFound);
        }

        var definition = ProgrammeIndicators.Find(indicator);
        if (definition is not { Source: IndicatorSource.Manual })
        {
            var manual = string.Join(", ", ProgrammeIndicators.All.Where(d => d.Source == IndicatorSource.Manual).Select(d => d.Id));
            return Results.Problem($"'{indicator}' is not a manual input; use one of {manual}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return Results.Problem("'month' must be yyyy-MM.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (body.Value is not { } value || !double.IsFinite(value) || value < 0 || definition.Unit == "%" && value > 100)
        {
            return Results.Problem($"'value' must be a number ≥ 0 in {definition.Unit}{(definition.Unit == "%" ? ", at most 100" : "")}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var caller = ApiCaller.Of(http).Name;
        store.Record(new ManualInput(park, indicator, month, value, time.GetUtcNow(), caller));
        logger.ManualInputRecorded(park, indicator, month, value, caller);
        return Results.NoContent();
    }
}
