using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using ResourceMonitor.Demo.Broker;
using ResourceMonitor.Domain.Access;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Edge;
using ResourceMonitor.Edge.Normalisation;
using ResourceMonitor.Worker;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Demo;

/// <summary>
/// The whole park in one process: the embedded broker, one simulated edge agent per plant of the catalog, and the
/// worker with its HTTP API. Started in that order and stopped in the reverse one, so nothing in flight is lost.
/// </summary>
internal sealed class ParkDemo : IAsyncDisposable
{
    /// <summary>The category of .NET's "Application started. Press Ctrl+C to shut down." lines.</summary>
    internal const string LifetimeCategory = "Microsoft.Hosting.Lifetime";

    private static readonly TimeSpan PageLinkLifetime = TimeSpan.FromDays(1);
    private readonly DemoOptions _options;
    private readonly string[] _workerArgs;
    private readonly ILoggerFactory _loggerFactory;
    private readonly List<IHost> _edgeAgents = [];
    private EmbeddedBroker? _broker;
    private DemoBrokerCredentials? _credentials;
    private WebApplication? _worker;

    public ParkDemo(DemoOptions options, string[] workerArgs, ILoggerFactory loggerFactory)
    {
        _options = options;
        _workerArgs = workerArgs;
        _loggerFactory = loggerFactory;
    }

    /// <summary>The worker's base URL once started.</summary>
    public Uri? WorkerUrl { get; private set; }

    /// <summary>The embedded broker's port once started.</summary>
    public int BrokerPort => _broker?.Port ?? 0;

    /// <summary>The park key the worker's API accepts (generated at first start, kept in the data directory).</summary>
    public string ParkApiKey { get; private set; } = string.Empty;

    /// <summary>The embedded broker's users and passwords (generated at first start, kept in the data directory).</summary>
    public DemoBrokerCredentials BrokerCredentials => _credentials ?? throw new InvalidOperationException("The demo is not started.");

    /// <summary>The plants simulated.</summary>
    public IReadOnlyList<Plant> Plants { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var catalogPath = ResolveCatalog(_options.Catalog);
        var catalog = ParkCatalogLoader.LoadFile(catalogPath);
        Plants = SelectPlants(catalog);
        var data = Directory.CreateDirectory(Path.GetFullPath(_options.DataDirectory)).FullName;

        ParkApiKey = DemoApiKey.LoadOrCreate(data);
        var policy = BrokerAccessPolicy.For(catalog);
        _credentials = DemoBrokerCredentials.LoadOrCreate(data, policy);
        var access = new EmbeddedBrokerAccess(policy, _credentials.Passwords, _loggerFactory.CreateLogger<EmbeddedBrokerAccess>());
        _broker = new EmbeddedBroker(Options.Create(new EmbeddedBrokerOptions { Port = _options.BrokerPort }), data, access, _loggerFactory.CreateLogger<EmbeddedBroker>());
        await _broker.StartAsync(cancellationToken);

        var httpPort = _options.HttpPort == 0 ? FreePort() : _options.HttpPort;
        WorkerUrl = new Uri($"http://127.0.0.1:{httpPort}");
        _worker = WorkerApp.Build(WorkerApp.CreateBuilder(_workerArgs, builder =>
        {
            builder.WebHost.UseUrls(WorkerUrl.ToString());
            builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
            builder.Logging.AddFilter(LifetimeCategory, LogLevel.Warning);

            // One Information line per HTTP request (the park page's stream, curl) would bury the start-up summary.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Configuration.AddInMemoryCollection(WorkerSettings(catalog, catalogPath, data));
        }));
        await _worker.StartAsync(cancellationToken);

        foreach (var plant in Plants)
        {
            var agent = EdgeAgentHost.CreateBuilder(EdgeArguments(catalog, catalogPath, plant, data)).Build();
            await agent.StartAsync(cancellationToken);
            _edgeAgents.Add(agent);
        }

        var link = _worker.Services.GetRequiredService<ReportLinkSigner>().Create(null, PageLinkLifetime);
        Summary = new DemoStartupSummary(
            catalog.Park.Name, catalog.Park.Id, Plants.Count, new Uri(WorkerUrl, $"park?token={Uri.EscapeDataString(link.Token)}"), link.Expires, WorkerUrl,
            DemoApiKey.PathIn(data), _broker.Port, _credentials.Directory, _credentials.FileOf(BrokerAccessPolicy.OperatorUsername), _options.InfluxUrl, data);
    }

    /// <summary>The start-up summary the log ends start-up with; null before <see cref="StartAsync"/> completed.</summary>
    public DemoStartupSummary? Summary { get; private set; }

    /// <summary>The hosts the demo runs inside itself (the worker, then one per edge agent).</summary>
    public IEnumerable<IHost> InnerHosts => _worker is null ? _edgeAgents : _edgeAgents.Prepend(_worker);

    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var agent in Enumerable.Reverse(_edgeAgents))
        {
            await agent.StopAsync(stopping.Token);
            agent.Dispose();
        }

        _edgeAgents.Clear();
        if (_worker is not null)
        {
            await _worker.StopAsync(stopping.Token);
            await _worker.DisposeAsync();
            _worker = null;
        }

        if (_broker is not null)
        {
            await _broker.DisposeAsync();
            _broker = null;
        }
    }

    /// <summary>A relative catalog path is looked up in the working directory, then next to the binaries.</summary>
    private static string ResolveCatalog(string path)
    {
        var fromWorkingDirectory = Path.GetFullPath(path);
        var besideBinaries = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(fromWorkingDirectory) || Path.IsPathRooted(path) || !File.Exists(besideBinaries) ? fromWorkingDirectory : besideBinaries;
    }

    private List<Plant> SelectPlants(ParkCatalog catalog)
    {
        var wanted = _options.Plants.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = wanted.Where(id => !catalog.TryGetPlant(id, out _)).ToList();
        if (unknown.Count > 0)
        {
            throw new OptionsValidationException(DemoOptions.Section, typeof(DemoOptions),
                [$"Demo:Plants names plants that are not in {_options.Catalog}: {string.Join(", ", unknown)}"]);
        }

        return catalog.Plants
            .Where(p => wanted.Length == 0 || wanted.Contains(p.Id))
            .Where(p => catalog.MetersOf(p.Id).Any())
            .ToList();
    }

    private Dictionary<string, string?> WorkerSettings(ParkCatalog catalog, string catalogPath, string data) => new()
    {
        ["Catalog:Path"] = catalogPath,
        ["Catalog:AuditPath"] = Path.Combine(data, "worker", "catalog", "audit.jsonl"),
        ["Broker:Host"] = "127.0.0.1",
        ["Broker:Port"] = Invariant(_broker!.Port),
        ["Broker:ClientId"] = "resourcemonitor-demo-worker",
        ["Broker:Username"] = BrokerAccessPolicy.WorkerUsername,
        ["Broker:Password"] = _credentials!.Passwords[BrokerAccessPolicy.WorkerUsername],
        ["Ingest:Parks:0"] = catalog.Park.Id,

        // The back-filled history is old on purpose: the worker must not refuse it as clock skew either.
        ["Ingest:MaxPastAge"] = CoveringBackfill(new IngestOptions().MaxPastAge),
        ["Storage:Url"] = _options.InfluxUrl,
        ["Storage:Bucket"] = _options.InfluxBucket,
        ["Storage:Token"] = _options.InfluxToken,
        ["Storage:RequireInfluxAtStart"] = "false",
        // Only the key's hash goes into the worker's configuration; the key itself stays in its file.
        ["Api:Keys:0:Hash"] = ApiKeyHash.Of(ParkApiKey),
        ["Api:Keys:0:Scope"] = "admin",
        ["Api:Keys:0:Name"] = "demo-operator",
        // The park page link the summary prints lives as long as a link may (the signing key is new at each start anyway).
        ["Api:ReportLinkLifetime"] = PageLinkLifetime.ToString("c", CultureInfo.InvariantCulture),
        ["Storage:SpoolDirectory"] = Path.Combine(data, "worker", "spool"),
        ["Aggregation:JournalDirectory"] = Path.Combine(data, "worker", "aggregation"),
        ["Ingest:SequenceMarksFile"] = Path.Combine(data, "worker", "ingest", "sequence-marks.json"),
        ["Symbiosis:SnapshotPath"] = Path.Combine(data, "worker", "symbiosis", "snapshot.json"),
        ["Exchanges:JournalPath"] = Path.Combine(data, "worker", "exchanges", "journal.jsonl"),
        ["Symbiosis:WebhookDeadLetterPath"] = Path.Combine(data, "worker", "symbiosis", "webhook-dead-letter.jsonl"),
    };

    private string[] EdgeArguments(ParkCatalog catalog, string catalogPath, Plant plant, string data)
    {
        var user = BrokerAccessPolicy.EdgeUsername(plant.Id);
        var settings = new Dictionary<string, string>
        {
            // The agent id is the broker user name, which is also the client id the broker binds to it.
            ["Edge:AgentId"] = user,
            ["Edge:ParkBroker:Username"] = user,
            ["Edge:ParkBroker:Password"] = _credentials!.Passwords[user],
            ["Edge:Park"] = catalog.Park.Id,
            ["Edge:Plant"] = plant.Id,
            ["Edge:TimeZone"] = catalog.Park.TimeZone.Id,
            ["Edge:Input"] = "Simulator",
            ["Edge:ParkBroker:Host"] = "127.0.0.1",
            ["Edge:ParkBroker:Port"] = Invariant(_broker!.Port),
            ["Edge:Buffer:Directory"] = Path.Combine(data, "edge", plant.Id),
            ["Edge:Operations:HealthFile"] = Path.Combine(data, "edge", plant.Id, "health.json"),
            ["Edge:Simulation:Seed"] = Invariant(StableSeed(plant.Id)),
            ["Edge:Simulation:Interval"] = _options.ReadingInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Edge:Simulation:Backfill"] = _options.Backfill.ToString("c", CultureInfo.InvariantCulture),
            ["Edge:Simulation:CatalogFile"] = catalogPath,

            // The back-filled history is old on purpose: the agents must not reject it as a stale meter clock.
            ["Edge:Normalisation:MaxPast"] = CoveringBackfill(new NormalisationOptions().MaxPast),

            // Nine hosts would each print "Application started. Press Ctrl+C to shut down."; the demo says it once.
            [$"Logging:LogLevel:{LifetimeCategory}"] = nameof(LogLevel.Warning),
        };

        // Its own empty content root: no appsettings.json of another host leaks into the agent's configuration.
        var contentRoot = Directory.CreateDirectory(Path.Combine(data, "edge", plant.Id, "content")).FullName;
        return settings.Select(kv => $"--{kv.Key}={kv.Value}").Prepend($"--contentRoot={contentRoot}").ToArray();
    }

    /// <summary>A past limit at least a day longer than the back-fill, never shorter than <paramref name="defaultLimit"/>.</summary>
    private string CoveringBackfill(TimeSpan defaultLimit) =>
        TimeSpan.FromTicks(Math.Max(defaultLimit.Ticks, (_options.Backfill + TimeSpan.FromDays(1)).Ticks)).ToString("c", CultureInfo.InvariantCulture);

    private static int StableSeed(string text) => text.Aggregate(17, (hash, c) => unchecked((hash * 31) + c));

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
