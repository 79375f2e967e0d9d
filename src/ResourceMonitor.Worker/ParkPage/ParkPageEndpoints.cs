using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>
/// The live park page: <c>GET /park</c> (the page and its CSS and script, no data, no key needed), and its data behind the
/// API's keys and scopes, with a key header or a signed link (<c>?token=</c>, the same tokens as report links):
/// <c>GET /api/v1/park</c> (the view once, JSON) and <c>GET /api/v1/park/events</c> (Server-Sent Events, event <c>park</c>).
/// </summary>
public static class ParkPageEndpoints
{
    /// <summary>The page's path.</summary>
    public const string PagePath = "/park";

    /// <summary>The event stream's path.</summary>
    public const string EventsPath = "/api/v1/park/events";

    /// <summary>The SSE event type of a park view.</summary>
    public const string EventType = "park";

    /// <summary>Maps the page, its assets and its data endpoints.</summary>
    public static WebApplication MapParkPageEndpoints(this WebApplication app)
    {
        var assets = ParkPageAssets.ContentTypes.ToDictionary(kv => kv.Key, kv => (Bytes: ParkPageAssets.Read(kv.Key), Type: kv.Value), StringComparer.Ordinal);
        app.MapGet(PagePath, (HttpContext http) => Asset(http, assets["park.html"]));
        app.MapGet(PagePath + "/{file}", (string file, HttpContext http) =>
            file != "park.html" && assets.TryGetValue(file, out var asset) ? Asset(http, asset) : Results.NotFound());

        var data = app.MapGroup("/api/v1/park").RequireApiKey().AcceptReportLinks();
        data.MapGet("/", async (HttpContext http, ParkViewBuilder builder) =>
            Results.Json(await builder.BuildAsync(ApiCaller.Of(http), http.RequestAborted), ParkPageJsonContext.Default.ParkView));
        data.MapGet("/events", (HttpContext http, ParkViewStream stream) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            return TypedResults.ServerSentEvents(stream.ViewsAsync(ApiCaller.Of(http), http.RequestAborted), EventType);
        });
        return app;
    }

    private static IResult Asset(HttpContext http, (byte[] Bytes, string Type) asset)
    {
        // Scripts and styles only from the worker itself, no framing; the link's token never leaves in a Referer header.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(asset.Bytes, asset.Type);
    }
}
