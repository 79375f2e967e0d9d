using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ResourceMonitor.Worker.Operations;

/// <summary>
/// Logs readiness when its status changes. An Unhealthy answer while a dependency is down (the broker killed, a stage stalled)
/// is the process telling the truth, not an error of the process: it is a Warning, and it shows on <c>/health/ready</c> and in
/// the metrics. ASP.NET Core's health check service would log every Unhealthy answer at Error (its event 103), so its category
/// is filtered (<see cref="OperationsRegistration"/>); a check that throws is logged here at Error instead.
/// </summary>
internal sealed partial class ReadinessTransitions(ILogger<ReadinessTransitions> logger)
{
    /// <summary>The health check service's logging category, filtered to Critical.</summary>
    public const string HealthCheckServiceCategory = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    private readonly Lock _gate = new();
    private HealthStatus _last = HealthStatus.Healthy;

    /// <summary>Logs <paramref name="result"/> when its status differs from the last one observed.</summary>
    public void Observe(HealthCheckResult result)
    {
        lock (_gate)
        {
            if (result.Status == _last)
            {
                return;
            }

            _last = result.Status;
        }

        if (result.Status == HealthStatus.Healthy)
        {
            LogReadyAgain(logger, result.Description ?? string.Empty);
        }
        else
        {
            LogNotReady(logger, result.Status.ToString(), result.Description ?? string.Empty);
        }
    }

    /// <summary>The check itself failed: a bug, logged at Error; readiness answers Unhealthy.</summary>
    public HealthCheckResult Failed(Exception exception)
    {
        LogCheckFailed(logger, exception);
        var result = HealthCheckResult.Unhealthy($"the readiness check failed: {exception.Message}", exception);
        Observe(result);
        return result;
    }

    [LoggerMessage(9320, LogLevel.Warning, "Readiness is {Status}: {Description}")]
    private static partial void LogNotReady(ILogger logger, string status, string description);

    [LoggerMessage(9321, LogLevel.Information, "Readiness is Healthy again: {Description}")]
    private static partial void LogReadyAgain(ILogger logger, string description);

    [LoggerMessage(9322, LogLevel.Error, "The readiness check failed (a bug)")]
    private static partial void LogCheckFailed(ILogger logger, Exception exception);
}
