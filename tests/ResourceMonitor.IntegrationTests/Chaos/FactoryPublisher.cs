using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The deterministic load: plays every <see cref="ChaosMeter"/> on the factory broker, one reading per meter each
/// reading interval from <see cref="Start"/>, stamped on a regular grid and paced by the wall clock (a reading is never
/// published before its time). QoS 1: a reading counts as acknowledged when the factory broker answered its PUBACK.
/// </summary>
public sealed class FactoryPublisher : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly IReadOnlyList<ChaosMeter> _meters;
    private readonly TimeSpan _interval;
    private readonly ConcurrentQueue<PublishedReading> _published = new();

    private FactoryPublisher(IReadOnlyList<ChaosMeter> meters, DateTimeOffset start, TimeSpan interval)
    {
        _meters = meters;
        Start = start;
        _interval = interval;
    }

    /// <summary>The first reading's time (whole seconds).</summary>
    public DateTimeOffset Start { get; }

    /// <summary>Every reading published so far, acknowledged or not.</summary>
    public IReadOnlyCollection<PublishedReading> Published => _published;

    /// <summary>Connects to <paramref name="factory"/>; the load starts at the current second.</summary>
    public static async Task<FactoryPublisher> ConnectAsync(MosquittoInstance factory, IReadOnlyList<ChaosMeter> meters, TimeSpan interval)
    {
        var now = DateTimeOffset.UtcNow;
        var publisher = new FactoryPublisher(meters, new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero), interval);
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(factory.Host, factory.Port)
            .WithClientId($"chaos-meters-{Guid.NewGuid():N}"[..28])
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .Build();
        await publisher._client.ConnectAsync(options);
        return publisher;
    }

    /// <summary>Publishes reading after reading until the next one would be stamped after <paramref name="until"/>.</summary>
    public async Task RunAsync(DateTimeOffset until, CancellationToken cancellation)
    {
        for (long index = 0; !cancellation.IsCancellationRequested; index++)
        {
            var timestamp = Start + (_interval * index);
            if (timestamp > until)
            {
                return;
            }

            var wait = timestamp - DateTimeOffset.UtcNow;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellation);
            }

            // Meters publish side by side; each meter's own readings stay in order (the next step waits for this one).
            await Task.WhenAll(_meters.Select(meter => PublishAsync(meter, index, timestamp)));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }

    private async Task PublishAsync(ChaosMeter meter, long index, DateTimeOffset timestamp)
    {
        var value = meter.ValueAt(index);
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(meter.Topic)
            .WithPayload(meter.Payload(timestamp, value))
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build();
        var acknowledged = false;
        try
        {
            acknowledged = (await _client.PublishAsync(message)).IsSuccess;
        }
        catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
        {
            // Not acknowledged: the reading is published but not in the reference set.
        }

        _published.Enqueue(new PublishedReading(new ReadingKey(meter.Plant, meter.Meter, timestamp.ToUnixTimeMilliseconds()), value, acknowledged));
    }
}
