using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using MQTTnet.Server;

namespace ResourceMonitor.Demo.Broker;

/// <summary>
/// The demo's park broker: MQTTnet's server on loopback with persistent sessions and a queue large enough that a slow or
/// restarting worker loses nothing, and retained messages kept in a file. It authenticates every client and applies the
/// park's ACL with client ids bound to user names (<see cref="EmbeddedBrokerAccess"/>), like production's Mosquitto
/// (deploy/mosquitto).
/// </summary>
internal sealed partial class EmbeddedBroker : IAsyncDisposable
{
    private readonly EmbeddedBrokerOptions _options;
    private readonly RetainedMessageStore _retained;
    private readonly EmbeddedBrokerAccess _access;
    private readonly ILogger<EmbeddedBroker> _logger;
    private MqttServer? _server;
    private long _dropped;

    public EmbeddedBroker(IOptions<EmbeddedBrokerOptions> options, string dataDirectory, EmbeddedBrokerAccess access, ILogger<EmbeddedBroker> logger)
    {
        _options = options.Value;
        _access = access;
        _retained = new RetainedMessageStore(Path.Combine(dataDirectory, "broker-retained.json"));
        _logger = logger;
    }

    /// <summary>The port the broker listens on (resolved when <see cref="EmbeddedBrokerOptions.Port"/> is 0).</summary>
    public int Port { get; private set; }

    /// <summary>Messages the broker dropped because a client's queue was full (should stay 0).</summary>
    public long DroppedMessages => Interlocked.Read(ref _dropped);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Port = _options.Port == 0 ? FreePort() : _options.Port;
        var serverOptions = new MqttServerOptionsBuilder()
            .WithDefaultEndpoint()
            .WithDefaultEndpointBoundIPAddress(IPAddress.Loopback)
            .WithDefaultEndpointPort(Port)
            .WithPersistentSessions(true)
            .WithMaxPendingMessagesPerClient(_options.MaxPendingMessagesPerClient)
            .WithPendingMessagesOverflowStrategy(MqttPendingMessagesOverflowStrategy.DropNewMessage)
            .Build();
        _server = new MqttServerFactory().CreateMqttServer(serverOptions);
        _server.ValidatingConnectionAsync += _access.ValidateConnectionAsync;
        _server.InterceptingPublishAsync += _access.InterceptPublishAsync;
        _server.InterceptingSubscriptionAsync += _access.InterceptSubscriptionAsync;
        var initial = await _retained.LoadAsync(cancellationToken);
        _server.LoadingRetainedMessageAsync += e =>
        {
            e.LoadedRetainedMessages = initial;
            return Task.CompletedTask;
        };
        _server.RetainedMessageChangedAsync += e => _retained.SaveAsync(e.StoredRetainedMessages, CancellationToken.None);
        _server.ApplicationMessageEnqueuedOrDroppedAsync += e =>
        {
            if (e.IsDropped)
            {
                Interlocked.Increment(ref _dropped);
                LogDropped(e.ReceiverClientId, e.ApplicationMessage.Topic);
            }

            return Task.CompletedTask;
        };
        await _server.StartAsync();
        LogStarted(Port);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.StopAsync(new MqttServerStopOptions());
            _server.Dispose();
            _server = null;
        }

        _retained.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Embedded MQTT broker listening on 127.0.0.1:{Port}")]
    private partial void LogStarted(int port);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Error, Message = "Embedded broker dropped a message for {ClientId} on {Topic}: its queue is full")]
    private partial void LogDropped(string clientId, string topic);
}
