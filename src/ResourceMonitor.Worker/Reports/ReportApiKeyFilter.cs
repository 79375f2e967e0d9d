using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Lets a report request through when it carries a known key (<c>X-Api-Key</c> header or <c>Authorization: Bearer</c>)
/// that may see the route's plant: a plant key its own plant only, the park key every plant. 401 without a known key,
/// 403 for another plant's report. Keys are compared in constant time.
/// </summary>
public sealed class ReportApiKeyFilter(IOptionsMonitor<ReportApiKeyOptions> options) : IEndpointFilter
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

        var plant = http.Request.RouteValues["plant"] as string;
        if (!string.IsNullOrEmpty(key.Plant) && !string.Equals(key.Plant, plant, StringComparison.Ordinal))
        {
            return Results.Problem("This key may see its own plant's reports only.", statusCode: StatusCodes.Status403Forbidden);
        }

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
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)),
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
