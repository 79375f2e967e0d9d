using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using MQTTnet;

namespace ResourceMonitor.Mqtt.Tests;

/// <summary>The session core on fake time against a scripted broker.</summary>
public sealed class MqttSessionTests : IDisposable
{
    private const string Readings = "rm/v1/park/+/readings";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger _log = new();
    private readonly ScriptedBroker _broker = new();
    private readonly CancellationTokenSource _stop = new();

    private static MqttSessionOptions Options(bool manual = true) => new()
    {
        Name = "park broker",
        Section = "Broker",
        Host = "broker.test",
        ClientId = "worker",
        SessionExpiry = TimeSpan.FromDays(7),
        Subscriptions = [Readings],
        ManualAcknowledgement = manual,
        ReconnectMinDelay = TimeSpan.FromSeconds(1),
        ReconnectMaxDelay = TimeSpan.FromSeconds(8),
    };

    [Fact]
    public async Task Failed_connects_are_retried_after_delays_doubling_from_the_minimum_to_the_maximum()
    {
        _broker.FailConnects = 5;
        using var session = Session(Options(), random: () => 0);
        var run = session.RunAsync(_stop.Token);
        var attemptsAt = new List<TimeSpan>();
        var start = _time.GetUtcNow();
        for (var step = 0; step < 80; step++)
        {
            await SettleAsync();
            if (attemptsAt.Count < _broker.ConnectAttempts)
            {
                attemptsAt.Add(_time.GetUtcNow() - start);
            }

            if (session.IsConnected)
            {
                break;
            }

            _time.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.True(session.IsConnected);
        // Attempts at 0, then after 1, 2, 4, 8 and 8 seconds (the maximum).
        Assert.Equal([0, 1, 3, 7, 15, 23], attemptsAt.Select(t => t.TotalSeconds));
        Assert.Equal(5, _log.Collector.GetSnapshot().Count(r => r.Id.Id == 1101));
        await StopAsync(run);
    }

    [Fact]
    public async Task Every_connection_subscribes_again_and_a_lost_connection_is_made_again()
    {
        using var session = Session(Options());
        var run = session.RunAsync(_stop.Token);
        await SettleAsync();
        Assert.True(session.IsConnected);

        await _broker.DropAsync("broker killed");
        Assert.False(session.IsConnected);
        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();
        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();

        Assert.True(session.IsConnected);
        Assert.Equal([(1, Readings), (2, Readings)], _broker.Subscriptions.Select(s => (s.Connection, s.Filters.Single())));
        Assert.Contains(_log.Collector.GetSnapshot(), r => r.Id.Id == 1102 && r.Message.Contains("broker killed", StringComparison.Ordinal));
        Assert.Equal(2, session.Status.Connections);
        await StopAsync(run);
    }

    [Fact]
    public async Task A_refused_subscription_faults_the_session_naming_the_topic_and_the_reason()
    {
        _broker.RefusedFilters[Readings] = 0x87;
        using var session = Session(Options());

        var fault = await Assert.ThrowsAsync<MqttSubscriptionRefusedException>(() => session.RunAsync(_stop.Token));

        Assert.Contains(Readings, fault.Message, StringComparison.Ordinal);
        Assert.Contains("0x87 NotAuthorized", fault.Message, StringComparison.Ordinal);
        Assert.False(session.IsConnected);
        Assert.Equal(1, _broker.ConnectAttempts);
        var error = Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Equal(1103, error.Id.Id);
        Assert.Contains(Readings, error.Message, StringComparison.Ordinal);
        Assert.Equal(fault.Message, session.Status.LastError);
    }

    [Fact]
    public async Task A_message_is_acknowledged_only_on_the_connection_it_came_on()
    {
        var (session, run, received) = await StartCapturingAsync();
        using var _ = session;
        await _broker.DeliverAsync("rm/v1/park/p1/readings");

        await _broker.DropAsync("broker killed");
        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();
        Assert.True(session.IsConnected);
        await _broker.DeliverAsync("rm/v1/park/p1/readings");

        Assert.False(await received[0].AcknowledgeAsync(CancellationToken.None));
        Assert.True(await received[1].AcknowledgeAsync(CancellationToken.None));
        Assert.Equal([(2, 2)], _broker.Acknowledgements);
        await StopAsync(run);
    }

    [Fact]
    public async Task Without_manual_acknowledgement_a_message_is_acknowledged_once_the_handler_returns()
    {
        var handled = 0;
        using var session = Session(Options(manual: false));
        session.OnMessage((_, _) =>
        {
            handled++;
            Assert.Empty(_broker.Acknowledgements);
            return Task.CompletedTask;
        });
        var run = session.RunAsync(_stop.Token);
        await SettleAsync();

        await _broker.DeliverAsync("rm/v1/park/p1/status");

        Assert.Equal(1, handled);
        Assert.Equal([(1, 1)], _broker.Acknowledgements);
        await StopAsync(run);
    }

    public static TheoryData<Exception> DroppedConnectionFaults => new()
    {
        // MQTTnet 5.2 after a broker SIGKILL: MqttClient.Send finds its connection already cleared.
        new NullReferenceException("Object reference not set to an instance of an object."),
        new MQTTnet.Exceptions.MqttCommunicationException("connection reset"),
        new ObjectDisposedException("MqttChannelAdapter"),
        new InvalidOperationException("not connected"),
        new IOException("broken pipe"),
    };

    [Theory]
    [MemberData(nameof(DroppedConnectionFaults))]
    public async Task An_acknowledgement_that_fails_because_the_connection_dropped_is_not_sent_and_never_throws(Exception fault)
    {
        var (session, run, received) = await StartCapturingAsync();
        using var _ = session;
        await _broker.DeliverAsync("rm/v1/park/p1/readings", ackFailure: fault);

        Assert.False(await received.Single().AcknowledgeAsync(CancellationToken.None));
        Assert.Empty(_broker.Acknowledgements);
        await StopAsync(run);
    }

    [Fact]
    public async Task A_broken_send_is_a_lost_connection_whatever_exception_the_client_throws()
    {
        var (session, run, received) = await StartCapturingAsync();
        using var _ = session;

        // MQTTnet 5.2 after a broker kill: NullReferenceException from MqttClient.Send, before DisconnectedAsync is raised.
        await _broker.DeliverAsync("rm/v1/park/p1/readings", ackFailure: new NullReferenceException());
        _broker.PublishFailure = new NullReferenceException();

        Assert.False(await received.Single().AcknowledgeAsync(CancellationToken.None));
        var lost = await Assert.ThrowsAsync<MqttConnectionLostException>(() => session.PublishAsync(Message("rm/v1/park/p1/rejected"), CancellationToken.None));
        Assert.IsType<NullReferenceException>(lost.InnerException);
        await StopAsync(run);
    }

    [Fact]
    public async Task A_refused_publish_names_the_topic_and_the_reason()
    {
        _broker.PublishReasonCode = 0x87;
        using var session = Session(Options());
        var run = session.RunAsync(_stop.Token);
        await SettleAsync();

        var refused = await Assert.ThrowsAsync<MqttPublishRefusedException>(() => session.PublishAsync(Message("rm/v1/park/p2/readings"), CancellationToken.None));

        Assert.Contains("rm/v1/park/p2/readings", refused.Message, StringComparison.Ordinal);
        Assert.Contains("0x87", refused.Message, StringComparison.Ordinal);
        await StopAsync(run);
    }

    [Fact]
    public async Task Waiting_for_a_connection_ends_when_the_session_is_connected_and_subscribed()
    {
        _broker.FailConnects = 1;
        using var session = Session(Options());
        var run = session.RunAsync(_stop.Token);
        var connected = session.WaitUntilConnectedAsync(CancellationToken.None);
        await SettleAsync();
        Assert.False(connected.IsCompleted);

        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();

        Assert.Equal(session.Connection, await connected.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Single(_broker.Subscriptions);
        await StopAsync(run);
    }

    [Fact]
    public async Task The_connected_callback_runs_on_every_connection_before_waiters_go_on()
    {
        var calls = new List<int>();
        using var session = Session(Options());
        session.OnConnected((connection, ct) => session.PublishAsync(Message("rm/v1/park/p1/status"), ct).ContinueWith(_ => calls.Add(connection), TaskScheduler.Default));
        var run = session.RunAsync(_stop.Token);
        await SettleAsync();
        await _broker.DropAsync("gone");
        _time.Advance(TimeSpan.FromSeconds(1));
        await SettleAsync();

        Assert.Equal(2, calls.Count);
        Assert.Equal(["rm/v1/park/p1/status", "rm/v1/park/p1/status"], _broker.Published);
        await StopAsync(run);
    }

    public void Dispose() => _stop.Dispose();

    /// <summary>A connected session whose handler keeps every message it is given.</summary>
    private async Task<(MqttSession Session, Task Run, List<MqttSessionMessage> Received)> StartCapturingAsync()
    {
        var received = new List<MqttSessionMessage>();
        var session = Session(Options());
        session.OnMessage((m, _) =>
        {
            received.Add(m);
            return Task.CompletedTask;
        });
        var run = session.RunAsync(_stop.Token);
        await SettleAsync();
        return (session, run, received);
    }

    private MqttSession Session(MqttSessionOptions options, Func<double>? random = null) => new(options, _time, _log, _broker, random ?? (() => 0));

    private static MqttApplicationMessage Message(string topic) => new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload("{}").Build();

    /// <summary>Lets the session's continuations run (the scripted broker answers synchronously; timers wait for the fake clock).</summary>
    private static async Task SettleAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            await Task.Yield();
            await Task.Delay(1);
        }
    }

    private async Task StopAsync(Task run)
    {
        await _stop.CancelAsync();
        await run.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
