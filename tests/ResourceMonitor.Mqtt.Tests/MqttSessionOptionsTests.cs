using MQTTnet.Formatter;

namespace ResourceMonitor.Mqtt.Tests;

public sealed class MqttSessionOptionsTests
{
    private static MqttSessionOptions Options() => new()
    {
        Name = "park broker",
        Section = "Edge:ParkBroker",
        Host = "broker.test",
        Port = 8883,
        ClientId = "edge-dyeing-01",
        KeepAlive = TimeSpan.FromSeconds(5),
    };

    [Fact]
    public void A_persistent_session_connects_with_MQTT_5_clean_start_off_and_the_session_expiry()
    {
        var options = MqttClientOptionsFactory.Create(Options() with { SessionExpiry = TimeSpan.FromDays(1), ReceiveMaximum = 2000 }, DateTimeOffset.UnixEpoch);

        Assert.Equal(MqttProtocolVersion.V500, options.ProtocolVersion);
        Assert.False(options.CleanSession);
        Assert.Equal(86_400u, options.SessionExpiryInterval);
        Assert.Equal(2000, options.ReceiveMaximum);
        Assert.Equal("edge-dyeing-01", options.ClientId);
        Assert.Equal(TimeSpan.FromSeconds(5), options.KeepAlivePeriod);
    }

    [Fact]
    public void Without_a_session_expiry_the_session_is_clean()
    {
        var options = MqttClientOptionsFactory.Create(Options(), DateTimeOffset.UnixEpoch);

        Assert.True(options.CleanSession);
        Assert.Equal(0u, options.SessionExpiryInterval);
    }

    [Fact]
    public void The_last_will_is_built_at_each_connect_and_retained_at_QoS_1()
    {
        var at = new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero);
        var options = MqttClientOptionsFactory.Create(
            Options() with { Will = now => new MqttWill("rm/v1/p/dyeing-01/status", System.Text.Encoding.UTF8.GetBytes(now.ToString("O")), Retain: true) }, at);

        Assert.Equal("rm/v1/p/dyeing-01/status", options.WillTopic);
        Assert.True(options.WillRetain);
        Assert.Equal(MQTTnet.Protocol.MqttQualityOfServiceLevel.AtLeastOnce, options.WillQualityOfServiceLevel);
        Assert.Equal(at.ToString("O"), System.Text.Encoding.UTF8.GetString(options.WillPayload));
    }

    [Theory]
    [InlineData("ReconnectMaxDelay")]
    [InlineData("Port")]
    [InlineData("SessionExpiry")]
    public void A_value_that_cannot_work_is_refused_naming_the_section_and_the_key(string key)
    {
        var options = key switch
        {
            "ReconnectMaxDelay" => Options() with { ReconnectMinDelay = TimeSpan.FromSeconds(10), ReconnectMaxDelay = TimeSpan.FromSeconds(1) },
            "Port" => Options() with { Port = 0 },
            _ => Options() with { SessionExpiry = TimeSpan.FromDays(60_000) },
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.StartsWith($"Edge:ParkBroker: {key}: ", error.Message, StringComparison.Ordinal);
    }
}
