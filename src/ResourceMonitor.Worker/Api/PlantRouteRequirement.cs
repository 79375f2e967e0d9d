using Microsoft.AspNetCore.Authorization;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// The data endpoints' rule: a route with a <c>{plant}</c> value is open only to callers that may see that plant (park keys,
/// its own plant key); programme keys are refused on every data endpoint (they see aggregate figures only, through the
/// programme policy).
/// </summary>
public sealed class PlantRouteRequirement : AuthorizationHandler<PlantRouteRequirement>, IAuthorizationRequirement
{
    /// <inheritdoc />
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PlantRouteRequirement requirement)
    {
        var caller = ApiCaller.Of(context.User);
        var plant = (context.Resource as HttpContext)?.Request.RouteValues["plant"] as string;
        if (caller is not null && !caller.IsProgramme && (plant is null || caller.MaySee(plant)))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
