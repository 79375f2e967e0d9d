using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// HTTP API of symbiosis: <c>GET /api/v1/opportunities</c> (open opportunities and the park allocation) and
/// <c>GET /api/v1/opportunities/{id}/history</c> (its recent alerts), and for the park key
/// <c>GET /api/v1/opportunities/ranking</c> (every observed pair appraised, best NPV first). A plant key sees only what
/// concerns its plant, and not the ranking (it compares other plants' exchanges).
/// </summary>
public static class SymbiosisEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static WebApplication MapSymbiosisEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/v1/opportunities").RequireApiKey();
        group.MapGet("/", (HttpContext http, SymbiosisState state) =>
            Results.Json(state.Board(ApiCaller.Of(http).Plant), SymbiosisJsonContext.Default.OpportunityBoard));
        group.MapGet("/ranking", (HttpContext http, SymbiosisState state, TimeProvider time) =>
            ApiCaller.Of(http).IsPark
                ? Results.Json(state.Ranking(time.GetUtcNow()), SymbiosisJsonContext.Default.ExchangeRankingBoard)
                : Results.Problem("The ranking compares every plant's exchanges; it needs the park key.", statusCode: StatusCodes.Status403Forbidden));
        group.MapGet("/{id}/history", (string id, HttpContext http, SymbiosisState state) =>
            state.History(id, ApiCaller.Of(http).Plant) is { } history
                ? Results.Json(history, SymbiosisJsonContext.Default.IReadOnlyListOpportunityAlert)
                : Results.Problem($"No opportunity '{id}' that this key may see.", statusCode: StatusCodes.Status404NotFound));
        return app;
    }
}
