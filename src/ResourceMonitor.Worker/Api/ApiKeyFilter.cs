using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// Endpoint filter that requires a known key (<c>X-Api-Key</c> header or <c>Authorization: Bearer</c>), compared in
/// constant time, and attaches the <see cref="ApiCaller"/> for the handler. 401 without a known key; a route with a
/// <c>{plant}</c> value answers 403 to another plant's key. Reuse with <c>.RequireApiKey()</c> on any endpoint or group.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<ApiKeyOptions> options) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var presented = PresentedKey(http.Request);
        var key = presented is null ? null : options.CurrentValue.Keys.FirstOrDefault(k => k.Key.Length > 0 && SameKey(k.Key, presented));
        if (key is null)
        {
            return Results.Problem("A valid API key is required (header X-Api-Key).", statusCode: StatusCodes.Status401Unauthorized);
        }

        var caller = new ApiCaller(string.IsNullOrEmpty(key.Plant) ? null : key.Plant);
        if (http.Request.RouteValues["plant"] is string plant && !caller.MaySee(plant))
        {
            return Results.Problem("This key may see its own plant only.", statusCode: StatusCodes.Status403Forbidden);
        }

        caller.Attach(http);
        return await next(context);
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var header) && !string.IsNullOrEmpty(header))
        {
            return header.ToString();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    private static bool SameKey(string expected, string presented) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(expected)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
