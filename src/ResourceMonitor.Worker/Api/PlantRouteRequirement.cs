using Microsoft.AspNetCore.Authorization;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// The data endpoints' rule: a route with a <c>{plant}</c> value is open only to callers that may see that plant (park keys,
/// its own plant key); programme keys are refused on every data endpoint (they see aggregate figures only, through the
/// programme policy). A key bound to a park (<see cref="ApiKey.Park"/>) sees only that park: a route's <c>{park}</c> must
/// be it, and a route without one serves the worker's primary park (symbiosis, reports: docs/catalog.md "Several parks per deployment").
/// </summary>
public sealed class PlantRouteRequirement : AuthorizationHandler<PlantRouteRequirement>, IAuthorizationRequirement
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PlantRouteRequirement requirement)
    {
        var caller = ApiCaller.Of(context.User);
        var http = context.Resource as HttpContext;
        var plant = http?.Request.RouteValues["plant"] as string;
        var park = http?.Request.RouteValues["park"] as string ?? http?.RequestServices.GetService<ParkCatalogs>()?.Primary.Park.Id;
        if (caller is not null && !caller.IsProgramme && (plant is null || caller.MaySee(plant)) && (park is null || caller.MaySeePark(park)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
