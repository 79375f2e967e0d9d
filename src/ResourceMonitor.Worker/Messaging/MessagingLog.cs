using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// Source-generated log messages of the messaging area (event ids 1000-1099); connecting, reconnecting and subscription
/// results are the MQTT session core's (1100-1119).
/// </summary>
internal static partial class MessagingLog
{
    [LoggerMessage(1003, LogLevel.Warning, "Publishing on {Topic} failed; retrying in {Delay}")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string topic, TimeSpan delay);

    [LoggerMessage(1010, LogLevel.Information, "Agent {Agent} of plant {Plant} is {State} (since {Timestamp:o})")]
    public static partial void AgentStatus(ILogger logger, string agent, string plant, string state, DateTimeOffset timestamp);

    [LoggerMessage(1011, LogLevel.Warning, "Ignored a status message on {Topic}: {Reason}")]
    public static partial void StatusIgnored(ILogger logger, string topic, string reason);
}
