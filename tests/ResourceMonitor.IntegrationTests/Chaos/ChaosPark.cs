using ResourceMonitor.IntegrationTests.Deployment;
using ResourceMonitor.IntegrationTests.Edge;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The system under test as real processes: a factory Mosquitto (the agents' local broker, never faulted), the park
/// Mosquitto with the production password file, ACL, persistence and autosave (deploy/mosquitto), influxd 1.6 behind the
/// nginx <c>/api/v2/write</c> route, the published worker and one published edge agent per plant.
/// </summary>
public sealed class ChaosPark : IAsyncDisposable
{
    private const string LocalReady = "Connected to local broker";
    private const string RefusedStart = "does not answer its ping";
    private static readonly TimeSpan AgentStartTimeout = TimeSpan.FromSeconds(60);
    /// <summary>The worker runs with its shipped timings (retries, timeouts, breaker, reconnect, lateness), not the fast ones other worker tests use.</summary>
    private static readonly string[] ShippedTimings =
    [
        "Broker:ReconnectMinDelay", "Broker:ReconnectMaxDelay",
        "Storage:RequestTimeout", "Storage:RetryAttempts", "Storage:RetryBaseDelay", "Storage:RetryMaxDelay", "Storage:BreakDuration", "Storage:DrainInterval",
        "Aggregation:Lateness", "Aggregation:FlushInterval",
    ];

    private readonly DirectoryInfo _state;
    private static readonly TimeSpan WorkerRestartPatience = TimeSpan.FromSeconds(90);
    private readonly List<EdgeAgentProcess> _agents = [];
    private readonly List<string> _refusedStarts = [];

    private ChaosPark(DirectoryInfo state, BrokerSetup credentials, IReadOnlyList<string> plants)
    {
        _state = state;
        Credentials = credentials;
        Plants = plants;
    }

    /// <summary>The plants, one edge agent each (same order as <see cref="Agents"/>).</summary>
    public IReadOnlyList<string> Plants { get; }

    /// <summary>The park broker's users and passwords (init.sh's output).</summary>
    public BrokerSetup Credentials { get; }

    /// <summary>The factory broker the meters publish on.</summary>
    public MosquittoInstance Factory { get; private set; } = null!;

    /// <summary>The park broker.</summary>
    public MosquittoInstance ParkBroker { get; private set; } = null!;

    /// <summary>InfluxDB behind nginx.</summary>
    public InfluxInstance Influx { get; private set; } = null!;

    /// <summary>The published worker.</summary>
    public WorkerProcess Worker { get; private set; } = null!;

    /// <summary>The published edge agents, one per plant.</summary>
    public IReadOnlyList<EdgeAgentProcess> Agents => _agents;

    /// <summary>Starts everything for <paramref name="meters"/> and waits until the worker is ready and every agent reads its factory broker.</summary>
    public static async Task<ChaosPark> StartAsync(IReadOnlyList<ChaosMeter> meters)
    {
        var workerApp = PublishedApp.Worker;
        var edgeApp = PublishedApp.Edge;
        var plants = meters.Select(m => m.Plant).Distinct().ToArray();
        var park = new ChaosPark(Directory.CreateTempSubdirectory("rm-chaos-"), await BrokerSetup.RunAsync(ChaosPlants.Park, plants), plants);
        try
        {
            await park.StartServicesAsync();
            var settings = ShippedSettings.Of(workerApp, ShippedTimings);
            settings["Broker:ClientId"] = "resourcemonitor-worker";
            settings["Broker:Username"] = "worker";
            settings["Broker:Password"] = park.Credentials.Passwords["worker"];
            park.Worker = new WorkerProcess(park.ParkBroker, park.Influx, park._state.CreateSubdirectory("worker").FullName, workerApp.Dll, settings);

            // A start refused on purpose (influxd down, Storage:RequireInfluxAtStart) logs why at Critical: that entry only.
            park.Worker.ExpectError(RefusedStart);
            await park.Worker.StartAsync();
            foreach (var plant in plants)
            {
                var user = $"edge-{plant}";
                var mappings = meters.Where(m => m.Plant == plant).Select(m => m.Mapping()).ToArray();
                var agent = EdgeAgentProcess.Create(park.Factory, park.ParkBroker, plant, mappings, parkCredentials: (user, park.Credentials.Passwords[user]), agentDll: edgeApp.Dll);
                park._agents.Add(agent);
                agent.Start();
            }

            foreach (var agent in park._agents)
            {
                await agent.WaitUntilLoggedAsync(LocalReady, AgentStartTimeout);
            }

            return park;
        }
        catch
        {
            await park.DisposeAsync();
            throw;
        }
    }

    /// <summary>Whether influxd is stopped, frozen or restarting (set by the fault injector).</summary>
    public bool InfluxUnavailable { get; set; }

    /// <summary>The output of worker runs that refused to start because InfluxDB did not answer while it was down on purpose (when the start began or ended).</summary>
    public IReadOnlyList<string> RefusedWorkerStarts => _refusedStarts;

    /// <summary>
    /// Starts the worker again after a kill, as compose (<c>restart: unless-stopped</c>) or systemd would: a start refused
    /// because InfluxDB is down on purpose (<c>Storage:RequireInfluxAtStart</c>, the shipped default) is retried every second
    /// for up to <see cref="WorkerRestartPatience"/>.
    /// </summary>
    public async Task RestartWorkerAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var influxWasDown = InfluxUnavailable;
            try
            {
                await Worker.StartAsync();
                return;
            }
            catch (InvalidOperationException e) when ((influxWasDown || InfluxUnavailable) && e.Message.Contains(RefusedStart, StringComparison.Ordinal) && clock.Elapsed < WorkerRestartPatience)
            {
                _refusedStarts.Add(e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Starts agent <paramref name="index"/> again (same buffer) after a kill, and waits until it reads its factory broker.</summary>
    public async Task RestartAgentAsync(int index)
    {
        _agents[index].Start();
        await _agents[index].WaitUntilLoggedAsync(LocalReady, AgentStartTimeout);
    }

    /// <summary>The readable state of every component, for a failure message.</summary>
    public string Describe() =>
        $"factory broker {Factory}, park broker {ParkBroker} (running: {ParkBroker?.IsRunning}), {Influx} (running: {Influx?.IsRunning}), worker {Worker?.Url}";

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var agent in _agents)
        {
            agent.Dispose();
        }

        Worker?.Dispose();
        if (Influx is not null)
        {
            if (Influx.IsRunning)
            {
                await Influx.ResumeAsync();
            }

            await Influx.DisposeAsync();
        }

        if (ParkBroker is not null)
        {
            await ParkBroker.DisposeAsync();
        }

        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        Credentials.Dispose();
        try
        {
            _state.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a dying process: the OS cleans temp.
        }
    }

    private async Task StartServicesAsync()
    {
        Factory = await MosquittoInstance.StartNewAsync();
        ParkBroker = await MosquittoInstance.StartNewAsync(new MosquittoOptions
        {
            PasswordFile = Credentials.PasswordFile,
            AclFile = Credentials.AclFile,
            AutosaveInterval = TimeSpan.FromSeconds(30),
            ExtraConfigLines = ["persistent_client_expiration 30d"],
        });
        Influx = await InfluxInstance.StartNewAsync();
    }
}
