using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using MQTTnet.Server;
using ResourceMonitor.Domain.Access;

namespace ResourceMonitor.Demo.Broker;

/// <summary>
/// The embedded broker's door: the same <see cref="BrokerAccessPolicy"/> and client-id binding as production's Mosquitto
/// (its ACL file and <c>use_username_as_clientid</c>). A connection needs a known user and its password; its client id
/// becomes its user name whatever it sent (so an empty client id with a clean session, what <c>mosquitto_sub</c> sends,
/// is fine, and no one can take over another user's session); each publish, Last Will included, and each subscription
/// must be granted.
/// </summary>
internal sealed partial class EmbeddedBrokerAccess
{
    /// <summary>
    /// MQTTnet 5.2 lets a validator assign a client id only to an MQTT 5 client that sent none; Mosquitto's
    /// use_username_as_clientid replaces any client id. The connect packet is reachable only through this private field.
    /// </summary>
    private static readonly FieldInfo ConnectPacketField =
        typeof(ValidatingConnectionEventArgs).GetField("_connectPacket", BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException("This MQTTnet.Server version has no ValidatingConnectionEventArgs._connectPacket: the embedded broker cannot bind client ids to user names (update EmbeddedBrokerAccess).");

    private readonly BrokerAccessPolicy _policy;
    private readonly IReadOnlyDictionary<string, string> _passwords;
    private readonly ILogger _logger;

    public EmbeddedBrokerAccess(BrokerAccessPolicy policy, IReadOnlyDictionary<string, string> passwords, ILogger logger)
    {
        _policy = policy;
        _passwords = passwords;
        _logger = logger;
    }

    public Task ValidateConnectionAsync(ValidatingConnectionEventArgs e)
    {
        if (!_policy.TryGetIdentity(e.UserName, out var identity) || !_passwords.TryGetValue(identity.Username, out var expected)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), e.RawPassword ?? []))
        {
            e.ReasonCode = MqttConnectReasonCode.BadUserNameOrPassword;
            LogRefusedConnection(Printable(e.UserName), e.RemoteEndPoint?.ToString());
            return Task.CompletedTask;
        }

        ((MqttConnectPacket)ConnectPacketField.GetValue(e)!).ClientId = identity.Username;
        e.AssignedClientIdentifier = identity.Username;
        return Task.CompletedTask;
    }

    public Task InterceptPublishAsync(InterceptingPublishEventArgs e)
    {
        var topic = e.ApplicationMessage.Topic;
        if (!_policy.TryGetIdentity(e.UserName, out var identity) || !identity.MayPublish(topic))
        {
            e.ProcessPublish = false;
            e.Response.ReasonCode = MqttPubAckReasonCode.NotAuthorized;
            LogRefusedPublish(Printable(e.UserName), Printable(topic));
        }

        return Task.CompletedTask;
    }

    public Task InterceptSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        var filter = e.TopicFilter.Topic;
        if (!_policy.TryGetIdentity(e.UserName, out var identity) || !identity.MaySubscribe(filter))
        {
            e.ProcessSubscription = false;
            e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
            LogRefusedSubscription(Printable(e.UserName), Printable(filter));
        }

        return Task.CompletedTask;
    }

    /// <summary>User names and topics come from the network: the one log sanitiser escapes them before they reach the log.</summary>
    private static string Printable(string? text) => text is null ? "(none)" : Hosting.Logging.LogText.Escape(text);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Warning, Message = "Embedded broker refused a connection as user {User} from {Endpoint}: unknown user or wrong password")]
    private partial void LogRefusedConnection(string user, string? endpoint);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Embedded broker refused a publish by {User} on {Topic}: not granted by the park's ACL")]
    private partial void LogRefusedPublish(string user, string topic);

    [LoggerMessage(EventId = 9005, Level = LogLevel.Warning, Message = "Embedded broker refused a subscription by {User} to {Filter}: not granted by the park's ACL")]
    private partial void LogRefusedSubscription(string user, string filter);
}
