using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// The rate limit of the report endpoints: <see cref="ApiOptions.ReportsPerWindow"/> requests per key and
/// <see cref="ApiOptions.ReportWindow"/> (a fixed window, no queue); beyond it 429 with <c>Retry-After</c>.
/// </summary>
public static class ReportRateLimit
{
    /// <summary>The policy name (<c>.RequireRateLimiting(ReportRateLimit.Policy)</c>).</summary>
    public const string Policy = "rm-reports";

    internal static void Add(RateLimiterOptions limiter, ApiOptions options)
    {
        limiter.AddPolicy(Policy, http => RateLimitPartition.GetFixedWindowLimiter(
            ApiCaller.Of(http.User)?.Name ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ReportsPerWindow, Window = options.ReportWindow, QueueLimit = 0 }));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, _) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.ReportWindow;
            var seconds = (int)Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds));
            var http = context.HttpContext;
            http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = string.Create(CultureInfo.InvariantCulture, $"At most {options.ReportsPerWindow} report requests per {options.ReportWindow:c} per key; retry after {seconds} s."),
                },
            });
        };
    }
}
