using System.Diagnostics;
using MQTTnet;
using MQTTnet.Protocol;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// Carries out a <see cref="FaultSchedule"/> on a <see cref="ChaosPark"/>: each fault at its time, side by side with faults
/// still held on other components; a fault on a component that is still down or restarting waits for its recovery.
/// </summary>
public sealed class FaultInjector(ChaosPark park, Random random)
{
    private readonly List<InjectedFault> _done = [];
    private readonly Lock _gate = new();

    /// <summary>The faults carried out so far, in the order they ended.</summary>
    public IReadOnlyList<InjectedFault> Done
    {
        get { lock (_gate) { return _done.ToArray(); } }
    }

    /// <summary>Runs <paramref name="schedule"/> from now and returns when every fault is recovered; a failed recovery is recorded, the schedule goes on.</summary>
    public async Task RunAsync(IReadOnlyList<Fault> schedule, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var held = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var fault in schedule)
        {
            var wait = fault.At - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellation);
            }

            var component = ComponentOf(fault);
            var previous = held.GetValueOrDefault(component, Task.CompletedTask);
            held[component] = RunOneAsync(fault, previous, clock);
        }

        await Task.WhenAll(held.Values);
    }

    private string ComponentOf(Fault fault) => fault.Kind switch
    {
        FaultKind.WorkerKill => "worker",
        FaultKind.ParkBrokerKill => "park broker",
        FaultKind.InfluxFreeze or FaultKind.InfluxKill => "influxd",
        FaultKind.EdgeKill => $"edge {park.Plants[fault.Target]}",
        _ => "park broker",
    };

    private async Task RunOneAsync(Fault fault, Task previousOnSameComponent, Stopwatch clock)
    {
        await previousOnSameComponent;
        var started = clock.Elapsed;
        string detail;
        string? error = null;
        try
        {
            detail = await InjectAsync(fault);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            detail = "recovery failed";
            error = $"{e.GetType().Name}: {e.Message}";
        }

        lock (_gate)
        {
            _done.Add(new InjectedFault(fault, started, clock.Elapsed, detail, error));
        }
    }

    private async Task<string> InjectAsync(Fault fault)
    {
        switch (fault.Kind)
        {
            case FaultKind.WorkerKill:
                park.Worker.Kill();
                await Task.Delay(fault.Hold);
                var refused = park.RefusedWorkerStarts.Count;
                await park.RestartWorkerAsync();
                return $"worker SIGKILL, restarted{(park.RefusedWorkerStarts.Count > refused ? $" (start refused {park.RefusedWorkerStarts.Count - refused}× while influxd was down)" : string.Empty)}";
            case FaultKind.ParkBrokerKill:
                park.ParkBroker.Kill();
                await Task.Delay(fault.Hold);
                await park.ParkBroker.StartAsync();
                return "park Mosquitto SIGKILL, restarted on its port and persistence";
            case FaultKind.InfluxFreeze:
                park.InfluxUnavailable = true;
                await park.Influx.SuspendAsync();
                await Task.Delay(fault.Hold);
                await park.Influx.ResumeAsync();
                park.InfluxUnavailable = false;
                return "influxd SIGSTOP, SIGCONT";
            case FaultKind.InfluxKill:
                park.InfluxUnavailable = true;
                park.Influx.Kill();
                await Task.Delay(fault.Hold);
                await park.Influx.StartAsync();
                park.InfluxUnavailable = false;
                return "influxd SIGKILL, restarted";
            case FaultKind.EdgeKill:
                park.Agents[fault.Target].Kill();
                await Task.Delay(fault.Hold);
                await park.RestartAgentAsync(fault.Target);
                return $"edge agent of {park.Plants[fault.Target]} SIGKILL, restarted";
            case FaultKind.Poison:
                return await PublishPoisonAsync(park.Plants[fault.Target]);
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault.Kind, "unknown fault");
        }
    }

    private async Task<string> PublishPoisonAsync(string plant)
    {
        var user = $"edge-{plant}";
        using var client = new MqttClientFactory().CreateMqttClient();
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(park.ParkBroker.Host, park.ParkBroker.Port)
            .WithClientId($"chaos-poison-{Guid.NewGuid():N}"[..28])
            .WithCredentials(user, park.Credentials.Passwords[user])
            .WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500)
            .Build();
        await client.ConnectAsync(options);
        IReadOnlyList<(string Name, byte[] Payload)> poison;
        lock (_gate)
        {
            poison = PoisonMessages.For(plant, "grid-power", DateTimeOffset.UtcNow, random);
        }

        var sent = new List<string>();
        foreach (var (name, payload) in poison)
        {
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(Topics.Readings(ChaosPlants.Park, plant))
                .WithPayload(payload)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .Build();
            var result = await client.PublishAsync(message);
            sent.Add($"{name} ({payload.Length} B, {result.ReasonCode})");
        }

        await client.DisconnectAsync();
        return $"{plant}: {string.Join(", ", sent)}";
    }
}
