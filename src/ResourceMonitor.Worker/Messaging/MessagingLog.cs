using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>Source-generated log messages of the messaging area (event ids 1000-1099).</summary>
internal static partial class MessagingLog
{
    [LoggerMessage(1000, LogLevel.Information, "Connected to the park broker {Host}:{Port} as {ClientId} (session present: {SessionPresent}); subscribed to {Filters}")]
    public static partial void Connected(ILogger logger, string host, int port, string clientId, bool sessionPresent, string filters);

    [LoggerMessage(1001, LogLevel.Warning, "Cannot connect to the park broker {Host}:{Port}; next attempt in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, Exception exception, string host, int port, TimeSpan delay);

    [LoggerMessage(1002, LogLevel.Warning, "Lost the park broker connection ({Reason}); reconnecting")]
    public static partial void Disconnected(ILogger logger, string reason);

    [LoggerMessage(1003, LogLevel.Warning, "Publishing on {Topic} failed; retrying in {Delay}")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string topic, TimeSpan delay);

    [LoggerMessage(1004, LogLevel.Error, "The broker refused the subscription to {Filter}: {Reason}")]
    public static partial void SubscriptionRefused(ILogger logger, string filter, string reason);

    [LoggerMessage(1010, LogLevel.Information, "Agent {Agent} of plant {Plant} is {State} (since {Timestamp:o})")]
    public static partial void AgentStatus(ILogger logger, string agent, string plant, string state, DateTimeOffset timestamp);

    [LoggerMessage(1011, LogLevel.Warning, "Ignored a status message on {Topic}: {Reason}")]
    public static partial void StatusIgnored(ILogger logger, string topic, string reason);

    [LoggerMessage(1012, LogLevel.Warning, "Agent-status watcher could not connect to {Host}:{Port}; retrying in {Delay}")]
    public static partial void StatusWatcherConnectFailed(ILogger logger, Exception exception, string host, int port, TimeSpan delay);
}
