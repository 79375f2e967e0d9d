using System.Globalization;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// The published worker (<c>scripts/publish</c>) as its own process against its own Mosquitto and InfluxDB (behind the nginx
/// route), with the synthetic park's catalog and its default settings (plus <see cref="LoadOptions.WorkerSettings"/>).
/// </summary>
public sealed class WorkerUnderLoad : IAsyncDisposable
{
    // Generous: on a machine shared by many builds (load average 50+) a worker has been seen to need over a minute to start.
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);
    private readonly DirectoryInfo _state;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private ServerProcess? _process;

    private WorkerUnderLoad(MosquittoInstance broker, InfluxInstance influx, DirectoryInfo state, Uri url)
    {
        Broker = broker;
        Influx = influx;
        _state = state;
        Url = url;
    }

    /// <summary>The park broker.</summary>
    public MosquittoInstance Broker { get; }

    /// <summary>The worker's InfluxDB.</summary>
    public InfluxInstance Influx { get; }

    /// <summary>The worker's HTTP address.</summary>
    public Uri Url { get; }

    /// <summary>The worker's process id.</summary>
    public int Pid => _process?.Id ?? throw new InvalidOperationException("The worker is not running.");

    /// <summary>What the worker printed, for failure messages.</summary>
    public string Output => _process?.Output ?? string.Empty;

    /// <summary>Starts Mosquitto, InfluxDB and the worker for <paramref name="park"/>, and waits until the worker is ready.</summary>
    public static async Task<WorkerUnderLoad> StartAsync(SyntheticPark park, IReadOnlyDictionary<string, string> overrides, CancellationToken cancellationToken)
    {
        var broker = await MosquittoInstance.StartNewAsync();
        var influx = await InfluxInstance.StartNewAsync();
        var worker = new WorkerUnderLoad(broker, influx, Directory.CreateTempSubdirectory("rm-load-worker-"), new Uri($"http://127.0.0.1:{FreePort.Next()}"));
        try
        {
            await worker.StartProcessAsync(park, overrides, cancellationToken);
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(20));
            _process.Dispose();
        }

        _http.Dispose();
        await Influx.DisposeAsync();
        await Broker.DisposeAsync();
        try
        {
            _state.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is not worth failing a run over.
        }
    }

    private async Task StartProcessAsync(SyntheticPark park, IReadOnlyDictionary<string, string> overrides, CancellationToken cancellationToken)
    {
        var state = _state.FullName;
        var catalog = Path.Combine(state, "catalog.json");
        park.WriteCatalog(catalog);
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = Url.ToString(),
            ["Broker:Host"] = Broker.Host,
            ["Broker:Port"] = Broker.Port.ToString(CultureInfo.InvariantCulture),
            ["Broker:ClientId"] = "load-worker",
            ["Storage:Url"] = Influx.Url.ToString(),
            ["Storage:Token"] = Influx.Token,
            ["Storage:Bucket"] = Influx.Bucket,
            ["Storage:Organization"] = Influx.Organization,
            ["Storage:SpoolDirectory"] = Path.Combine(state, "spool"),
            ["Aggregation:JournalDirectory"] = Path.Combine(state, "aggregation"),
            ["Ingest:SequenceMarksFile"] = Path.Combine(state, "ingest", "sequence-marks.json"),
            ["Symbiosis:SnapshotPath"] = Path.Combine(state, "symbiosis", "snapshot.json"),
            ["Symbiosis:WebhookDeadLetterPath"] = Path.Combine(state, "symbiosis", "webhook-dead-letter.jsonl"),
            ["Ingest:Parks:0"] = park.Id,
            ["Catalog:Path"] = catalog,
            ["Logging:LogLevel:Default"] = "Warning",

            // The worker pings InfluxDB once at start (Storage:RequestTimeout); on an overloaded machine that ping has timed out
            // although InfluxDB was up. Starting anyway changes nothing measured: the first write still goes to InfluxDB.
            ["Storage:RequireInfluxAtStart"] = "false",
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        _process = ServerProcess.Start("dotnet", [PublishedApp.Worker.Dll, .. settings.Select(kv => $"--{kv.Key}={kv.Value}")], state);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ReadyTimeout);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited at start:\n{Output}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(Url, "/health/ready"), deadline.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // This probe's own 5 s timeout on a busy machine (ask again), or the deadline (below).
            }

            if (deadline.IsCancellationRequested)
            {
                throw new TimeoutException($"The worker was not ready within {ReadyTimeout.TotalSeconds} s:\n{Output}");
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }
}
