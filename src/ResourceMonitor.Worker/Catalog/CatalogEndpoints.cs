using System.Text.Json;
using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Catalog.Live;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>
/// The live catalog API, for the park key of that park (or a park or admin key of every park; docs/catalog.md "Live
/// catalog"): <c>GET /api/v1/parks/{park}/catalog</c> (the catalog JSON as it stands),
/// <c>PUT /api/v1/parks/{park}/catalog/{plants|meters|offers|needs}</c> (add or replace one element, written as in the
/// file; applied at once or refused with the file validator's problems), <c>GET /api/v1/parks/{park}/catalog/audit</c>
/// (the park's audit trail).
/// </summary>
public static class CatalogEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static WebApplication MapCatalogEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/parks/{park}/catalog").RequireApiKey();
        group.MapGet("/", (string park, HttpContext http, ParkCatalogs catalogs) =>
            Refusal(http, catalogs, park) ?? Results.Text(catalogs.Live(park)!.Document.ToJsonString(), "application/json"));
        group.MapGet("/audit", (string park, HttpContext http, ParkCatalogs catalogs, CatalogAuditTrail trail) =>
            Refusal(http, catalogs, park)
            ?? Results.Json(trail.ReadAll().Where(e => e.Park == park).ToList(), CatalogJsonContext.Default.IReadOnlyListCatalogAuditEntry));
        group.MapPut("/{section}", ChangeAsync);
        return app;
    }

    private static async Task<IResult> ChangeAsync(string park, string section, HttpContext http, ParkCatalogs catalogs, CatalogEditor editor, CancellationToken cancellationToken)
    {
        if (Refusal(http, catalogs, park) is { } refused)
        {
            return refused;
        }

        if (CatalogChange.SectionOf(section) is not { } part)
        {
            return Results.Problem($"'{section}' is not a catalog section that changes live; use plants, meters, offers or needs.", statusCode: StatusCodes.Status404NotFound);
        }

        JsonObject element;
        try
        {
            element = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: cancellationToken) as JsonObject
                ?? throw new JsonException("the body must be one JSON object");
        }
        catch (JsonException ex)
        {
            return Results.Problem($"The body is not one {section} element as the catalog file writes it: {ex.Message}", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            var result = await editor.ApplyAsync(park, new CatalogChange(part, element), ApiCaller.Of(http).Name, cancellationToken);
            return Results.Json(result, CatalogJsonContext.Default.CatalogChangeResult);
        }
        catch (CatalogException ex)
        {
            return Results.Problem(ex.Message, statusCode: StatusCodes.Status400BadRequest, extensions: new Dictionary<string, object?> { ["problems"] = ex.Problems });
        }
    }

    // The catalog shows every plant's meters and changes what every plant sees: park and admin keys of this park only.
    private static IResult? Refusal(HttpContext http, ParkCatalogs catalogs, string park)
    {
        if (catalogs.Live(park) is null)
        {
            return Results.Problem($"Park '{park}' is not one this worker owns.", statusCode: StatusCodes.Status404NotFound);
        }

        return ApiCaller.Of(http).IsPark
            ? null
            : Results.Problem("The park catalog is read and changed with the park key.", statusCode: StatusCodes.Status403Forbidden);
    }
}
