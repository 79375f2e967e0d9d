using Microsoft.Extensions.Logging;
using MQTTnet;
using ResourceMonitor.Hosting.Retry;
using ResourceMonitor.Mqtt.Transport;

namespace ResourceMonitor.Mqtt;

/// <summary>
/// One MQTT 5 session to one broker, the same for the worker and the edge agent: connects with the validated
/// <see cref="MqttSessionOptions"/> (a persistent session where asked), (re)subscribes on every connection and faults with
/// <see cref="MqttSubscriptionRefusedException"/> when the broker refuses a subscription, reconnects with jittered exponential
/// backoff on the <see cref="TimeProvider"/>, numbers its connections so a message is acknowledged only on the connection it
/// came on, and turns every form of a broken send into <see cref="MqttConnectionLostException"/>.
/// <see cref="RunAsync"/> keeps it up (run it inside a supervised stage); when it returns the connection stays open so what
/// is in flight can still be acknowledged, until <see cref="DisconnectAsync"/>.
/// </summary>
public sealed class MqttSession : IDisposable
{
    private static readonly TimeSpan ConnectionCheck = TimeSpan.FromSeconds(1);

    private readonly MqttSessionOptions _options;
    private readonly IMqttTransport _transport;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ExponentialBackoff _backoff;
    private readonly Lock _gate = new();
    private Func<MqttSessionMessage, CancellationToken, Task>? _handler;
    private Func<int, CancellationToken, Task>? _onConnected;
    private TaskCompletionSource _lost = NewSignal();
    private TaskCompletionSource _up = NewSignal();
    private CancellationToken _stopping;
    private int _connection;
    private long _connections;
    private volatile bool _connected;
    private volatile bool _closing;
    private DateTimeOffset? _connectedSince;
    private string? _lastError;

    /// <summary>A session over MQTTnet, or over <paramref name="transport"/>; <paramref name="random"/> places the backoff's jitter.</summary>
    public MqttSession(MqttSessionOptions options, TimeProvider time, ILogger logger, IMqttTransport? transport = null, Func<double>? random = null)
    {
        options.Validate();
        _options = options;
        _time = time;
        _logger = logger;
        _transport = transport ?? new MqttNetTransport();
        _backoff = new ExponentialBackoff(options.ReconnectMinDelay, options.ReconnectMaxDelay, random: random);
        _transport.MessageReceived = OnMessageAsync;
        _transport.Disconnected = OnDisconnectedAsync;
    }

    /// <summary>What the broker is to the host, e.g. <c>park broker</c>.</summary>
    public string Name => _options.Name;

    /// <summary>True while connected and subscribed.</summary>
    public bool IsConnected => _connected && _transport.IsConnected;

    /// <summary>The current connection's number: it changes with every connect attempt and every disconnect.</summary>
    public int Connection => Volatile.Read(ref _connection);

    /// <summary>The session's state for readiness.</summary>
    public MqttSessionStatus Status
    {
        get
        {
            lock (_gate)
            {
                return new MqttSessionStatus(Name, _options.ClientId, IsConnected, IsConnected ? _connectedSince : null, Interlocked.Read(ref _connections), _lastError);
            }
        }
    }

    /// <summary>Sets the handler of received messages (before <see cref="RunAsync"/>); its token fires when the session stops.</summary>
    public void OnMessage(Func<MqttSessionMessage, CancellationToken, Task> handler) => _handler = handler;

    /// <summary>Sets what runs on every new connection once it is subscribed (e.g. publishing an online status); a throw fails the connection.</summary>
    public void OnConnected(Func<int, CancellationToken, Task> callback) => _onConnected = callback;

    /// <summary>True when <paramref name="connection"/> is the current connection.</summary>
    public bool IsCurrent(int connection) => Connection == connection && _transport.IsConnected;

    /// <summary>
    /// Keeps the session connected until <paramref name="cancellationToken"/> fires. Throws
    /// <see cref="MqttSubscriptionRefusedException"/> when the broker refuses a subscription; every other failure is retried
    /// after a backoff. Leaves the connection open when it returns (see <see cref="DisconnectAsync"/>).
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        _stopping = cancellationToken;
        _closing = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!IsConnected)
            {
                try
                {
                    await ConnectAsync(cancellationToken);
                    _backoff.Reset();
                }
                catch (MqttSubscriptionRefusedException)
                {
                    throw;
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    var delay = _backoff.Next();
                    SetLastError(ex.Message);
                    MqttSessionLog.ConnectFailed(_logger, Name, _options.Host, _options.Port, _options.ClientId, ex.Message, delay);
                    await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                    continue;
                }
            }

            await WaitAsync(_lost.Task, ConnectionCheck, cancellationToken);
        }
    }

    /// <summary>Waits until the session is connected and subscribed; returns the connection's number.</summary>
    public async Task<int> WaitUntilConnectedAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var up = _up.Task;
            var connection = Connection;
            if (up.IsCompleted && IsConnected)
            {
                return connection;
            }

            await WaitAsync(up, ConnectionCheck, cancellationToken);
        }
    }

    /// <summary>
    /// Publishes <paramref name="message"/> on the current connection. Throws <see cref="MqttConnectionLostException"/> when
    /// there is none or it breaks meanwhile, <see cref="MqttPublishRefusedException"/> when the broker refuses it.
    /// </summary>
    public async Task PublishAsync(MqttApplicationMessage message, CancellationToken cancellationToken)
    {
        if (!_transport.IsConnected)
        {
            throw new MqttConnectionLostException($"not connected to the {Name}");
        }

        PublishResult result;
        try
        {
            result = await _transport.PublishAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // MqttCommunicationException, a timeout, ObjectDisposedException or MQTTnet 5.2's NullReferenceException after a broker kill.
            throw new MqttConnectionLostException($"publishing on {message.Topic} to the {Name} failed: {ex.Message}", ex);
        }

        if (!result.Accepted)
        {
            throw new MqttPublishRefusedException(Name, message.Topic, result);
        }
    }

    /// <summary>Drops the current connection so <see cref="RunAsync"/> makes a new one at once (the broker then redelivers what is unacknowledged).</summary>
    public Task ReconnectAsync(CancellationToken cancellationToken) => CloseAsync(cancellationToken);

    /// <summary>Disconnects normally (a persistent session stays on the broker); call after <see cref="RunAsync"/> returned.</summary>
    public Task DisconnectAsync(CancellationToken cancellationToken)
    {
        _closing = true;
        return CloseAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => _transport.Dispose();

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        // A connection left half-made (a subscribe or the connected callback timed out) is closed before the next attempt.
        await CloseAsync(cancellationToken);

        // Numbered before the connect: a resumed session delivers its queued messages right after CONNACK, on this connection.
        Interlocked.Increment(ref _connection);
        var lost = NewSignal();
        Volatile.Write(ref _lost, lost);
        var sessionPresent = await _transport.ConnectAsync(MqttClientOptionsFactory.Create(_options, _time.GetUtcNow()), cancellationToken);
        if (_options.Subscriptions.Count > 0)
        {
            var results = await _transport.SubscribeAsync(_options.Subscriptions, cancellationToken);
            var refused = results.Where(r => r.Refused).ToArray();
            if (refused.Length > 0)
            {
                await RefuseAsync(refused);
            }
        }

        _connected = true;
        if (_onConnected is { } onConnected)
        {
            try
            {
                await onConnected(Connection, cancellationToken);
            }
            catch
            {
                _connected = false;
                await CloseAsync(CancellationToken.None);
                throw;
            }
        }

        lock (_gate)
        {
            _connectedSince = _time.GetUtcNow();
            _connections++;
        }

        _up.TrySetResult();
        MqttSessionLog.Connected(_logger, Name, _options.Host, _options.Port, _options.ClientId, sessionPresent, string.Join(", ", _options.Subscriptions));
    }

    private async Task RefuseAsync(IReadOnlyList<SubscriptionResult> refused)
    {
        foreach (var item in refused)
        {
            MqttSessionLog.SubscriptionRefused(_logger, Name, _options.Host, _options.Port, _options.ClientId, item.Filter, item.ReasonCode, item.Reason);
        }

        var exception = new MqttSubscriptionRefusedException(Name, _options.ClientId, refused);
        SetLastError(exception.Message);
        await CloseAsync(CancellationToken.None);
        throw exception;
    }

    private async Task CloseAsync(CancellationToken cancellationToken)
    {
        if (!_transport.IsConnected)
        {
            return;
        }

        try
        {
            await _transport.DisconnectAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Already gone: a persistent session stays on the broker all the same.
        }
    }

    private async Task OnMessageAsync(TransportMessage received)
    {
        var message = new MqttSessionMessage(this, received, Connection);
        try
        {
            if (_handler is { } handler)
            {
                await handler(message, _stopping);
            }

            if (!_options.ManualAcknowledgement)
            {
                await message.AcknowledgeAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Stopping: left unacknowledged for the broker to redeliver.
        }
        catch (Exception ex)
        {
            MqttSessionLog.HandlerFailed(_logger, ex, Name, received.Topic);
        }
    }

    private Task OnDisconnectedAsync(string reason)
    {
        var wasConnected = _connected;
        _connected = false;
        Interlocked.Increment(ref _connection);
        if (_up.Task.IsCompleted)
        {
            Volatile.Write(ref _up, NewSignal());
        }

        Volatile.Read(ref _lost).TrySetResult();
        if (wasConnected && !_closing)
        {
            SetLastError(reason);
            MqttSessionLog.Disconnected(_logger, Name, _options.Host, _options.Port, _options.ClientId, reason);
        }

        return Task.CompletedTask;
    }

    private void SetLastError(string reason)
    {
        lock (_gate)
        {
            _lastError = reason;
        }
    }

    private async Task WaitAsync(Task signal, TimeSpan atMost, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(signal, Task.Delay(atMost, _time, wait.Token));
        await wait.CancelAsync();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
