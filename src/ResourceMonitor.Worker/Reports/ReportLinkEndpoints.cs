using System.Globalization;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// <c>POST /api/reports/links?plant=&amp;lifetime=</c>: a key holder gets a short-lived signed token that opens reports in a
/// browser (<c>GET /api/reports/{plant}?…&amp;token=…</c>), e.g. from Grafana's report links (docs/security.md).
/// </summary>
public static class ReportLinkEndpoints
{
    /// <summary>The route.</summary>
    public const string Route = "/api/reports/links";

    /// <summary>Maps the endpoint; returns its builder so the API policy and rate limit can be attached.</summary>
    public static RouteHandlerBuilder MapReportLinkEndpoint(this IEndpointRouteBuilder app) =>
        app.MapPost(Route, Create).WithName("CreateReportLink");

    private static IResult Create(HttpContext http, ReportLinkSigner signer, IOptions<ApiOptions> options)
    {
        var caller = ApiCaller.Of(http);
        var plant = http.Request.Query["plant"].FirstOrDefault() is { Length: > 0 } asked ? asked : caller.Plant;
        if (plant is not null && !ResourceIds.IsValid(plant))
        {
            return Results.Problem($"'{plant}' is not a plant id (lower-case a-z, 0-9 and '-').", statusCode: StatusCodes.Status400BadRequest);
        }

        if (plant is not null && !caller.MaySee(plant) || plant is null && !caller.IsPark)
        {
            return Results.Problem($"This key sees plant '{caller.Plant}' only.", statusCode: StatusCodes.Status403Forbidden);
        }

        var longest = options.Value.ReportLinkLifetime;
        var lifetime = longest;
        if (http.Request.Query["lifetime"].FirstOrDefault() is { } text
            && (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out lifetime) || lifetime <= TimeSpan.Zero || lifetime > longest))
        {
            return Results.Problem(string.Create(CultureInfo.InvariantCulture, $"'lifetime' must be a time span above zero and at most {longest:c} (Api:ReportLinkLifetime), e.g. 01:00:00."), statusCode: StatusCodes.Status400BadRequest);
        }

        return Results.Json(signer.Create(plant, lifetime), ReportLinkJsonContext.Default.ReportLinkToken);
    }
}
