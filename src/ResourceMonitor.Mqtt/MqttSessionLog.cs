using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Mqtt;

/// <summary>Source-generated log messages of the MQTT session core (event ids 1100-1119), shared by the worker and the edge agent.</summary>
internal static partial class MqttSessionLog
{
    [LoggerMessage(1100, LogLevel.Information, "Connected to {Broker} {Host}:{Port} as {ClientId} (session present: {SessionPresent}); subscribed to {Filters}")]
    public static partial void Connected(ILogger logger, string broker, string host, int port, string clientId, bool sessionPresent, string filters);

    [LoggerMessage(1101, LogLevel.Warning, "Cannot connect to {Broker} {Host}:{Port} as {ClientId} ({Reason}); next attempt in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string broker, string host, int port, string clientId, string reason, TimeSpan delay);

    [LoggerMessage(1102, LogLevel.Warning, "Lost the connection to {Broker} {Host}:{Port} as {ClientId} ({Reason}); reconnecting")]
    public static partial void Disconnected(ILogger logger, string broker, string host, int port, string clientId, string reason);

    [LoggerMessage(1103, LogLevel.Error, "The {Broker} {Host}:{Port} refused the subscription of {ClientId} to {Filter}: reason 0x{ReasonCode:X2} {Reason}")]
    public static partial void SubscriptionRefused(ILogger logger, string broker, string host, int port, string clientId, string filter, int reasonCode, string reason);

    [LoggerMessage(1104, LogLevel.Error, "Handling a message from {Broker} on {Topic} failed (a bug); it stays unacknowledged until the next connection")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string broker, string topic);
}
