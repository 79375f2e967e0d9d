using System.Buffers;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// Plays the worker on the park broker: a persistent QoS 1 subscription to every plant's readings that reconnects after a broker
/// restart, recording every delivered reading in arrival order (duplicates included).
/// </summary>
public sealed class ParkCollector : IAsyncDisposable
{
    private readonly MosquittoInstance _park;
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly List<Reading> _readings = [];
    private readonly List<string> _rejections = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _clientId = "collector-" + Guid.NewGuid().ToString("N")[..8];
    private Task _keepConnected = Task.CompletedTask;

    private ParkCollector(MosquittoInstance park) => _park = park;

    /// <summary>Every reading delivered, in arrival order.</summary>
    public IReadOnlyList<Reading> Readings
    {
        get { lock (_gate) { return _readings.ToList(); } }
    }

    /// <summary>Decode problems (there should be none).</summary>
    public IReadOnlyList<string> Rejections
    {
        get { lock (_gate) { return _rejections.ToList(); } }
    }

    /// <summary>Connects, subscribes and keeps reconnecting until disposed.</summary>
    public static async Task<ParkCollector> StartAsync(MosquittoInstance park)
    {
        var collector = new ParkCollector(park);
        collector._client.ApplicationMessageReceivedAsync += collector.OnMessage;
        await collector.ConnectAsync();
        collector._keepConnected = collector.KeepConnectedAsync();
        return collector;
    }

    /// <summary>Waits until <paramref name="done"/> holds for the distinct readings, or the timeout passes.</summary>
    public async Task<bool> WaitUntilAsync(Func<IReadOnlyList<Reading>, bool> done, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (done(Readings))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return done(Readings);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _keepConnected.ContinueWith(_ => { }, TaskScheduler.Default);
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task ConnectAsync()
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(_park.Host, _park.Port)
            .WithClientId(_clientId)
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .WithCleanStart(false)
            .WithSessionExpiryInterval(3600)
            .Build();
        await _client.ConnectAsync(options);
        await _client.SubscribeAsync(new MqttClientSubscribeOptionsBuilder()
            .WithTopicFilter(Topics.AllReadings("hiep-phuoc"), MqttQualityOfServiceLevel.AtLeastOnce).Build());
    }

    private async Task KeepConnectedAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (!_client.IsConnected)
                {
                    await ConnectAsync();
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The broker is down on purpose during the fault tests: try again shortly.
            }

            await Task.Delay(200, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private Task OnMessage(MqttApplicationMessageReceivedEventArgs e)
    {
        var result = new ReadingBatchCodec().Decode(e.ApplicationMessage.Payload.ToArray());
        lock (_gate)
        {
            if (result.Batch is { } batch)
            {
                _readings.AddRange(batch.Readings);
            }

            _rejections.AddRange(result.Rejections.Select(r => r.ToString()));
        }

        return Task.CompletedTask;
    }
}
