using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>
/// HTTP API of the exchange workflow (docs/exchanges.md): an opportunity's workflow read and moved by the park key or
/// either plant of the pair (another plant gets 404, as for the opportunity itself); licences read and recorded by the
/// park key only.
/// </summary>
public static class ExchangeEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static WebApplication MapExchangeEndpoints(this WebApplication app)
    {
        app.MapGet("/api/v1/exchanges", (HttpContext http, ExchangeRegister register, SymbiosisState symbiosis, TimeProvider time) =>
        {
            var caller = ApiCaller.Of(http);
            var now = time.GetUtcNow();
            var views = register.All(caller).Select(p => ExchangeView.Of(register.RouteFor(p.OpportunityId, caller)!, register, now)).ToList();
            return Results.Json(new ExchangeBoard(symbiosis.Park, now, views), ExchangeJsonContext.Default.ExchangeBoard);
        }).RequireApiKey();

        var workflow = app.MapGroup("/api/v1/opportunities/{id}/workflow").RequireApiKey();
        workflow.MapGet("/", (string id, HttpContext http, ExchangeRegister register, TimeProvider time) =>
            register.RouteFor(id, ApiCaller.Of(http)) is { } route
                ? Results.Json(ExchangeView.Of(route, register, time.GetUtcNow()), ExchangeJsonContext.Default.ExchangeView)
                : NotFound(id));
        workflow.MapPost("/", MoveAsync);

        var licences = app.MapGroup("/api/v1/licences").RequireApiKey();
        licences.MapGet("/", (HttpContext http, ExchangeRegister register) =>
            ApiCaller.Of(http).IsPark
                ? Results.Json(register.Licences, ExchangeJsonContext.Default.IReadOnlyListLicence)
                : ParkOnly());
        licences.MapPost("/", RecordAsync);
        return app;
    }

    private static async Task<IResult> MoveAsync(
        string id, HttpContext http, ExchangeRegister register, WorkflowAnnouncer announcer, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.Of(http);
        if (register.RouteFor(id, caller) is not { } route)
        {
            return NotFound(id);
        }

        var request = await RequestBody.ReadAsync(http, ExchangeJsonContext.Default.WorkflowRequest, cancellationToken);
        if (request is null || !KebabEnum.TryParse<ExchangeStage>(request.Stage, out var stage))
        {
            return Results.Problem("Send {\"stage\": \"proposed|under-discussion|agreed|implemented|declined\", \"reason\": \"...\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await register.MoveAsync(id, stage, request.Reason, caller, time.GetUtcNow(), cancellationToken);
        if (outcome.Refused is { } why)
        {
            return Results.Problem($"'{id}' cannot move to {ExchangeWorkflow.Describe(stage)}: {why}.", statusCode: StatusCodes.Status409Conflict);
        }

        var view = ExchangeView.Of(route, register, time.GetUtcNow());
        await announcer.AnnounceAsync(outcome.Progress!.Last, view, cancellationToken);
        return Results.Json(view, ExchangeJsonContext.Default.ExchangeView);
    }

    private static async Task<IResult> RecordAsync(HttpContext http, ExchangeRegister register, TimeProvider time, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.Of(http);
        if (!caller.IsPark)
        {
            return ParkOnly();
        }

        var request = await RequestBody.ReadAsync(http, ExchangeJsonContext.Default.LicenceRequest, cancellationToken);
        if (request is null)
        {
            return Results.Problem("Send a JSON licence: {\"wasteCode\" or \"exchange\", \"name\", \"status\", \"expires\", \"reference\"}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (LicenceRequestCheck.WhyNot(request, register) is { } why)
        {
            return Results.Problem(why, statusCode: StatusCodes.Status400BadRequest);
        }

        var licence = LicenceRequestCheck.ToLicence(request, caller.Name, time.GetUtcNow());
        await register.RecordAsync(licence, cancellationToken);
        return Results.Json(register.Licences, ExchangeJsonContext.Default.IReadOnlyListLicence);
    }

    private static IResult NotFound(string id) =>
        Results.Problem($"No opportunity '{id}' that this key may see.", statusCode: StatusCodes.Status404NotFound);

    private static IResult ParkOnly() =>
        Results.Problem("Licences are recorded and listed by the park; this needs the park key (a plant sees them on its opportunities).", statusCode: StatusCodes.Status403Forbidden);
}
