using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Exchanges;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Symbiosis;

namespace ResourceMonitor.Worker.Tests.Symbiosis;

/// <summary>A symbiosis monitor over the sample park with a substitute broker and sink, fake time and its own directory.</summary>
internal sealed class SymbiosisHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private readonly bool _ownsDirectory;

    public SymbiosisHarness(DirectoryInfo? directory = null, IEnumerable<Uri>? webhooks = null)
    {
        _ownsDirectory = directory is null;
        Directory = directory ?? System.IO.Directory.CreateTempSubdirectory("rm-symbiosis-");
        Options = new SymbiosisOptions
        {
            SnapshotPath = Path.Combine(Directory.FullName, "snapshot.json"),
            WebhookDeadLetterPath = Path.Combine(Directory.FullName, "dead.jsonl"),
            WebhookAttempts = 2,
            WebhookRetryDelay = TimeSpan.FromMilliseconds(10),
            WebhookTimeout = TimeSpan.FromSeconds(2),
        };
        foreach (var url in webhooks ?? [])
        {
            Options.Webhooks.Add(url);
        }

        var options = Microsoft.Extensions.Options.Options.Create(Options);
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(Directory.FullName);
        Exchanges = new ExchangeRegister(
            Catalog,
            new ExchangeJournal(Microsoft.Extensions.Options.Options.Create(new ExchangeOptions { JournalPath = Path.Combine(Directory.FullName, "exchanges.jsonl") }), environment, NullLogger<ExchangeJournal>.Instance),
            NullLogger<ExchangeRegister>.Instance);
        State = new SymbiosisState(new ResourceMonitor.Worker.Catalog.ParkCatalogs(Catalog), options, Exchanges, Time);
        var stages = new TestStages(Time);
        Webhooks = new WebhookSender(new HttpClient(), options, environment, TimeProvider.System, stages.Supervisor, NullLogger<WebhookSender>.Instance);
        Monitor = new SymbiosisMonitor(State, new SnapshotStore(options, environment), Publisher, Sink, Webhooks, options, Time, stages.Supervisor, stages.Registry, NullLogger<SymbiosisMonitor>.Instance);
    }

    public static ParkCatalog Catalog { get; } = ParkCatalogLoader.LoadFile(Path.Combine(AppContext.BaseDirectory, "catalog", "hiep-phuoc.json"));

    public DirectoryInfo Directory { get; }

    public SymbiosisOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public IParkPublisher Publisher { get; } = Substitute.For<IParkPublisher>();

    public IPointSink Sink { get; } = Substitute.For<IPointSink>();

    public ExchangeRegister Exchanges { get; }

    public SymbiosisState State { get; }

    public WebhookSender Webhooks { get; }

    public SymbiosisMonitor Monitor { get; }

    /// <summary>Every minute for <paramref name="minutes"/>: steel's waste heat at 1200 kW and dyeing's boiler at <paramref name="dyeingKw"/>, then an evaluation.</summary>
    public async Task RunAsync(int minutes, double dyeingKw = 900, double steelKw = 1200)
    {
        for (var i = 0; i < minutes; i++)
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            var now = Time.GetUtcNow();
            State.Observe("steel-01", [new Reading("cooling-heat", now, steelKw, "kW", ReadingKind.Gauge)]);
            State.Observe("dyeing-01", [new Reading("boiler-heat", now, dyeingKw, "kW", ReadingKind.Gauge)]);
            await Monitor.EvaluateAsync(CancellationToken.None);
        }
    }

    public static AcceptedBatch Batch(string plant, params Reading[] readings) => new("hiep-phuoc", plant, "edge", "b1", readings);

    public void Dispose()
    {
        Monitor.Dispose();
        Webhooks.Dispose();
        if (!_ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
