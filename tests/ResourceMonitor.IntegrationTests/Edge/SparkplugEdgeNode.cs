using Google.Protobuf;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using ResourceMonitor.IntegrationTests.Infrastructure;
using Metric = ResourceMonitor.Edge.Inputs.SparkplugB.Protocol.Payload.Types.Metric;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// Plays a Sparkplug B edge node (MQTTnet client) on the factory broker: its MQTT Will is the NDEATH with its bdSeq, it
/// numbers every message with seq (255 wraps to 0), and publishes births and data with QoS 1 in order.
/// </summary>
public sealed class SparkplugEdgeNode : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly string _group;
    private readonly string _node;
    private readonly long _bdSeq;
    private ulong _seq;

    private SparkplugEdgeNode(string group, string node, long bdSeq)
    {
        _group = group;
        _node = node;
        _bdSeq = bdSeq;
    }

    /// <summary>Connects to <paramref name="local"/> with the NDEATH as Will.</summary>
    public static async Task<SparkplugEdgeNode> ConnectAsync(MosquittoInstance local, string group, string node, long bdSeq)
    {
        var edgeNode = new SparkplugEdgeNode(group, node, bdSeq);
        var death = new Payload();
        death.Metrics.Add(new Metric { Name = "bdSeq", Datatype = (uint)DataType.Int64, LongValue = (ulong)bdSeq });
        await edgeNode._client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(local.Host, local.Port)
            .WithClientId($"{node}-sparkplug")
            .WithCleanStart(true)
            .WithWillTopic($"spBv1.0/{group}/NDEATH/{node}")
            .WithWillPayload(death.ToByteArray())
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
        return edgeNode;
    }

    /// <summary>NBIRTH: seq restarts at 0, bdSeq as in the Will.</summary>
    public Task BirthAsync()
    {
        _seq = 0;
        return PublishAsync("NBIRTH", null, new Metric { Name = "bdSeq", Datatype = (uint)DataType.Int64, LongValue = (ulong)_bdSeq });
    }

    /// <summary>DBIRTH defining <paramref name="metric"/> under <paramref name="alias"/> with its current value.</summary>
    public Task DeviceBirthAsync(string device, string metric, ulong alias, double value, DateTimeOffset at) =>
        PublishAsync("DBIRTH", device, new Metric { Name = metric, Alias = alias, Datatype = (uint)DataType.Double, Timestamp = Ms(at), DoubleValue = value });

    /// <summary>DDATA with the value by alias.</summary>
    public Task DeviceDataAsync(string device, ulong alias, double value, DateTimeOffset at) =>
        PublishAsync("DDATA", device, new Metric { Alias = alias, Timestamp = Ms(at), DoubleValue = value });

    /// <summary>DDEATH: the device is gone.</summary>
    public Task DeviceDeathAsync(string device) => PublishAsync("DDEATH", device);

    /// <summary>Skips <paramref name="count"/> sequence numbers, as if that many messages were lost.</summary>
    public void Lose(int count) => _seq += (ulong)count;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }

    private async Task PublishAsync(string type, string? device, params Metric[] metrics)
    {
        var payload = new Payload { Timestamp = Ms(DateTimeOffset.UtcNow), Seq = _seq % 256 };
        payload.Metrics.Add(metrics);
        _seq++;
        var topic = device is null ? $"spBv1.0/{_group}/{type}/{_node}" : $"spBv1.0/{_group}/{type}/{_node}/{device}";
        await _client.PublishAsync(new MqttApplicationMessageBuilder()
            .WithTopic(topic)
            .WithPayload(payload.ToByteArray())
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .Build());
    }

    private static ulong Ms(DateTimeOffset t) => (ulong)t.ToUnixTimeMilliseconds();
}
