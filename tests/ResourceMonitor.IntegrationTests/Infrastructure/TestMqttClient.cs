using System.Collections.Concurrent;
using System.Text;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>
/// An MQTT 5 client for broker security tests: logs in as a given user with a given client id and session settings,
/// records what it receives and whether the broker dropped it.
/// </summary>
public sealed class TestMqttClient : IDisposable
{
    private int _disconnections;

    private TestMqttClient(IMqttClient client)
    {
        Client = client;
        client.ApplicationMessageReceivedAsync += e =>
        {
            Received.Enqueue((e.ApplicationMessage.Topic, Encoding.UTF8.GetString(e.ApplicationMessage.Payload), e.ApplicationMessage.Retain));
            return Task.CompletedTask;
        };
        client.DisconnectedAsync += _ =>
        {
            Interlocked.Increment(ref _disconnections);
            return Task.CompletedTask;
        };
    }

    /// <summary>The MQTTnet client.</summary>
    public IMqttClient Client { get; }

    /// <summary>The broker's answer to the connect; <c>null</c> when the connection failed before one came.</summary>
    public MqttClientConnectResult? Result { get; private set; }

    /// <summary>Messages received, in order.</summary>
    public ConcurrentQueue<(string Topic, string Payload, bool Retain)> Received { get; } = new();

    /// <summary>How often the connection was lost after connecting.</summary>
    public int Disconnections => Volatile.Read(ref _disconnections);

    /// <summary>
    /// Connects; the handlers are attached before the connect, so queued messages of a persistent session are recorded too.
    /// Throws when the broker refuses (see <see cref="TryConnectAsync"/>).
    /// </summary>
    public static async Task<TestMqttClient> ConnectAsync(string host, int port, string? user, string? password, string clientId,
        bool cleanStart = true, TimeSpan? sessionExpiry = null, (string Topic, string Payload)? will = null)
    {
        var client = await TryConnectAsync(host, port, user, password, clientId, cleanStart, sessionExpiry, will);
        if (client.Result?.ResultCode != MqttClientConnectResultCode.Success)
        {
            client.Dispose();
            throw new InvalidOperationException($"{user} ({clientId}) was refused: {client.Result?.ResultCode.ToString() ?? "no answer"}");
        }

        return client;
    }

    /// <summary>Connects and returns the broker's answer whatever it is (a refusal leaves the client disconnected).</summary>
    public static async Task<TestMqttClient> TryConnectAsync(string host, int port, string? user, string? password, string clientId,
        bool cleanStart = true, TimeSpan? sessionExpiry = null, (string Topic, string Payload)? will = null)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(host, port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(clientId)
            .WithCleanStart(cleanStart)
            .WithSessionExpiryInterval((uint)(sessionExpiry ?? TimeSpan.Zero).TotalSeconds)
            .WithTimeout(TimeSpan.FromSeconds(5));
        if (user is not null)
        {
            options = options.WithCredentials(user, password);
        }

        if (will is { } last)
        {
            options = options.WithWillTopic(last.Topic).WithWillPayload(last.Payload).WithWillRetain(true)
                .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
        }

        var client = new TestMqttClient(new MqttClientFactory().CreateMqttClient());
        try
        {
            client.Result = await client.Client.ConnectAsync(options.Build());
        }
        catch (MQTTnet.Exceptions.MqttCommunicationException)
        {
            // Refused before a CONNACK could be read (the broker closed the connection): Result stays null.
        }

        return client;
    }

    /// <summary>Subscribes at QoS 1; returns the broker's result code.</summary>
    public async Task<MqttClientSubscribeResultCode> SubscribeAsync(string filter)
    {
        var result = await Client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build());
        return result.Items.Single().ResultCode;
    }

    /// <summary>Publishes at QoS 1; returns the broker's reason code.</summary>
    public async Task<MqttClientPublishReasonCode> PublishAsync(string topic, string payload, bool retain = false) =>
        (await Client.PublishStringAsync(topic, payload, MqttQualityOfServiceLevel.AtLeastOnce, retain)).ReasonCode;

    /// <summary>Disconnects cleanly (no Last Will).</summary>
    public Task DisconnectAsync() => Client.DisconnectAsync();

    /// <inheritdoc />
    public void Dispose() => Client.Dispose();
}
