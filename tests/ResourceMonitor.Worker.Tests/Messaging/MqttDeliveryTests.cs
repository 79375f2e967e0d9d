using MQTTnet;
using MQTTnet.Exceptions;
using MQTTnet.Packets;
using ResourceMonitor.Worker.Messaging;

namespace ResourceMonitor.Worker.Tests.Messaging;

public sealed class MqttDeliveryTests
{
    public static TheoryData<Exception> DroppedConnectionFaults => new()
    {
        // MQTTnet 5.2 after a broker SIGKILL: MqttClient.Send finds its connection already cleared.
        new NullReferenceException("Object reference not set to an instance of an object."),
        new MqttCommunicationException("connection reset"),
        new ObjectDisposedException("MqttChannelAdapter"),
        new InvalidOperationException("not connected"),
        new IOException("broken pipe"),
    };

    [Theory]
    [MemberData(nameof(DroppedConnectionFaults))]
    public async Task An_acknowledgement_that_fails_because_the_connection_dropped_is_not_sent_and_never_throws(Exception fault)
    {
        var generation = new ConnectionGeneration();
        var delivery = new MqttDelivery(Received((_, _) => throw fault), generation, generation.Current);

        var sent = await delivery.AcknowledgeAsync(CancellationToken.None);

        Assert.False(sent);
    }

    [Fact]
    public async Task An_acknowledgement_on_the_connection_the_message_came_on_is_sent()
    {
        var generation = new ConnectionGeneration();
        var acknowledged = 0;
        var delivery = new MqttDelivery(Received((_, _) => { acknowledged++; return Task.CompletedTask; }), generation, generation.Current);

        Assert.True(await delivery.AcknowledgeAsync(CancellationToken.None));
        Assert.Equal(1, acknowledged);
    }

    [Fact]
    public async Task A_message_from_a_connection_that_has_since_dropped_is_not_acknowledged()
    {
        var generation = new ConnectionGeneration();
        var acknowledged = 0;
        var delivery = new MqttDelivery(Received((_, _) => { acknowledged++; return Task.CompletedTask; }), generation, generation.Current);
        generation.Advance();

        Assert.False(await delivery.AcknowledgeAsync(CancellationToken.None));
        Assert.Equal(0, acknowledged);
    }

    private static MqttApplicationMessageReceivedEventArgs Received(Func<MqttApplicationMessageReceivedEventArgs, CancellationToken, Task> acknowledge)
    {
        var message = new MqttApplicationMessageBuilder().WithTopic("rm/v1/p/q/readings").WithPayload("{}").Build();
        return new MqttApplicationMessageReceivedEventArgs("worker", message, new MqttPublishPacket { Topic = message.Topic, PacketIdentifier = 1 }, acknowledge);
    }
}
