using Microsoft.AspNetCore.Authorization;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// A route with a <c>{plant}</c> value is open only to callers that may see that plant (park keys, its own plant key); a
/// route with a <c>{park}</c> value only to keys of that park (or of every park).
/// </summary>
public sealed class PlantRouteRequirement : AuthorizationHandler<PlantRouteRequirement>, IAuthorizationRequirement
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PlantRouteRequirement requirement)
    {
        var caller = ApiCaller.Of(context.User);
        var route = (context.Resource as HttpContext)?.Request.RouteValues;
        var plant = route?["plant"] as string;
        var park = route?["park"] as string;
        if (caller is not null && (plant is null || caller.MaySee(plant)) && (park is null || caller.MaySeePark(park)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
