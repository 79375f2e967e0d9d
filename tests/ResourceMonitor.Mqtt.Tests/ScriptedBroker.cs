using MQTTnet;
using ResourceMonitor.Mqtt.Transport;

namespace ResourceMonitor.Mqtt.Tests;

/// <summary>
/// A broker the test scripts, behind <see cref="IMqttTransport"/>: connects fail on request, filters can be refused, messages
/// are delivered on the current connection, and every PUBACK is recorded with the connection it went out on.
/// </summary>
internal sealed class ScriptedBroker : IMqttTransport
{
    private readonly Lock _gate = new();

    public int FailConnects { get; set; }

    public Dictionary<string, int> RefusedFilters { get; } = new(StringComparer.Ordinal);

    public Exception? PublishFailure { get; set; }

    public int PublishReasonCode { get; set; }

    /// <summary>The current connection (1 for the first successful connect); 0 while none.</summary>
    public int Connection { get; private set; }

    public int ConnectAttempts { get; private set; }

    public List<MqttClientOptions> ConnectOptions { get; } = [];

    public List<(int Connection, IReadOnlyList<string> Filters)> Subscriptions { get; } = [];

    /// <summary>(delivered on, acknowledged on) for every PUBACK sent.</summary>
    public List<(int DeliveredOn, int AcknowledgedOn)> Acknowledgements { get; } = [];

    public List<string> Published { get; } = [];

    public bool IsConnected { get; private set; }

    public Func<TransportMessage, Task>? MessageReceived { get; set; }

    public Func<string, Task>? Disconnected { get; set; }

    public async Task<bool> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken)
    {
        ConnectAttempts++;
        ConnectOptions.Add(options);
        if (FailConnects > 0)
        {
            FailConnects--;
            await (Disconnected?.Invoke("connection refused") ?? Task.CompletedTask);
            throw new InvalidOperationException("connection refused");
        }

        IsConnected = true;
        Connection = ConnectOptions.Count;
        return true;
    }

    public Task<IReadOnlyList<SubscriptionResult>> SubscribeAsync(IReadOnlyList<string> filters, CancellationToken cancellationToken)
    {
        Subscriptions.Add((Connection, filters));
        IReadOnlyList<SubscriptionResult> results = filters
            .Select(f => RefusedFilters.TryGetValue(f, out var code) ? new SubscriptionResult(f, code, "NotAuthorized") : new SubscriptionResult(f, 1, "GrantedQoS1"))
            .ToArray();
        return Task.FromResult(results);
    }

    public Task<PublishResult> PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        if (PublishFailure is { } failure)
        {
            throw failure;
        }

        Published.Add(message.Topic);
        return Task.FromResult(new PublishResult(PublishReasonCode, PublishReasonCode == 0 ? "Success" : "NotAuthorized"));
    }

    public Task DisconnectAsync(CancellationToken cancellationToken) => DropAsync("normal disconnection");

    /// <summary>The broker goes away (or closes the connection).</summary>
    public async Task DropAsync(string reason)
    {
        if (!IsConnected)
        {
            return;
        }

        IsConnected = false;
        Connection = 0;
        await (Disconnected?.Invoke(reason) ?? Task.CompletedTask);
    }

    /// <summary>Delivers a QoS 1 message on the current connection; its PUBACK is recorded with the connection it is sent on.</summary>
    public Task DeliverAsync(string topic, string payload = "{}", Exception? ackFailure = null)
    {
        var deliveredOn = Connection;
        return MessageReceived!(new TransportMessage(topic, System.Text.Encoding.UTF8.GetBytes(payload), false, _ =>
        {
            if (ackFailure is not null)
            {
                throw ackFailure;
            }

            lock (_gate)
            {
                Acknowledgements.Add((deliveredOn, Connection));
            }

            return Task.CompletedTask;
        }));
    }

    public void Dispose()
    {
    }
}
