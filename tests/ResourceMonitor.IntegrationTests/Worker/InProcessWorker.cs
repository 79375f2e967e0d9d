using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// A worker built with <see cref="WorkerApp"/> in this process, on its own spool directory and HTTP port. Its Error and
/// Critical logs are collected: disposing it fails the test on any the test did not declare with <see cref="ExpectError"/>.
/// </summary>
public sealed class InProcessWorker : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly DirectoryInfo _spool;
    private readonly HttpClient _http = WorkerSettings.OperatorClient();
    private readonly ExpectedErrors _expected = new();

    private InProcessWorker(WebApplication app, DirectoryInfo spool)
    {
        _app = app;
        _spool = spool;
    }

    /// <summary>The worker's HTTP base address.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The worker's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>
    /// Builds and starts a worker; <paramref name="overrides"/> change settings, <paramref name="services"/> adds services
    /// before the worker's own (which only try-add theirs), <paramref name="replace"/> replaces services after them.
    /// </summary>
    public static async Task<InProcessWorker> StartAsync(
        MosquittoInstance broker,
        InfluxInstance influx,
        IReadOnlyDictionary<string, string?>? overrides = null,
        Action<IServiceCollection>? services = null,
        DirectoryInfo? spool = null,
        Action<IServiceCollection>? replace = null)
    {
        spool ??= Directory.CreateTempSubdirectory("rm-worker-spool-");
        var settings = WorkerSettings.For(broker, influx, spool.FullName, $"worker-{Guid.NewGuid():N}"[..20]);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = WorkerApp.CreateBuilder([], b =>
        {
            b.Configuration.AddInMemoryCollection(settings);
            b.Logging.AddFakeLogging(o =>
            {
                o.FilteredLevels.Add(LogLevel.Error);
                o.FilteredLevels.Add(LogLevel.Critical);
            });
            services?.Invoke(b.Services);
        });
        replace?.Invoke(builder.Services);
        var app = WorkerApp.Build(builder);
        var worker = new InProcessWorker(app, spool);
        await app.StartAsync();
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        worker.BaseAddress = new Uri(addresses.First());
        return worker;
    }

    /// <summary>GETs a path of the worker's HTTP API as text, with the tests' admin key (<see cref="WorkerSettings.OperatorKey"/>).</summary>
    public async Task<(int Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(BaseAddress, path));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Declares Error/Critical log entries containing <paramref name="fragment"/> (category, event id or message) expected.</summary>
    public InProcessWorker ExpectError(string fragment)
    {
        _expected.Expect(fragment);
        return this;
    }

    /// <summary>The sum of a metric's series on <c>/metrics</c> (e.g. <c>rm_readings_accepted_total</c>).</summary>
    public async Task<double> MetricAsync(string name)
    {
        var (_, text) = await GetAsync("/metrics");
        return text.Split('\n')
            .Where(line => line.StartsWith(name, StringComparison.Ordinal) && line.Length > name.Length && line[name.Length] is ' ' or '{')
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Graceful stop: flushes in-flight batches.</summary>
    public Task StopAsync() => _app.StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        var errors = _app.Services.GetFakeLogCollector().GetSnapshot()
            .Select(r => $"{r.Level}: {r.Category}[{r.Id.Id}] {r.Message} {r.Exception}")
            .ToList();
        await _app.DisposeAsync();
        _http.Dispose();
        try
        {
            _spool.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is not worth failing a test over.
        }

        _expected.AssertNoneUnexpected("the in-process worker", errors);
    }
}
