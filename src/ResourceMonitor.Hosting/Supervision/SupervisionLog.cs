using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Hosting.Supervision;

/// <summary>Supervision log events (9300–9309).</summary>
internal static partial class SupervisionLog
{
    [LoggerMessage(EventId = 9300, Level = LogLevel.Error, Message = "Stage {Stage} failed; restarting it in {Delay} (restart {Restart} of at most {MaxRestarts} within {Window})")]
    public static partial void Restarting(ILogger logger, Exception exception, string stage, TimeSpan delay, int restart, int maxRestarts, TimeSpan window);

    [LoggerMessage(EventId = 9301, Level = LogLevel.Critical, Message = "Stage {Stage} failed and {Why}: stopping the host with exit code {ExitCode} so its supervisor (systemd, compose) starts a fresh process")]
    public static partial void StoppingHost(ILogger logger, Exception exception, string stage, string why, int exitCode);
}
