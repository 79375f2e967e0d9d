using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The worker as a real child process (<c>dotnet ResourceMonitor.Worker.dll</c>), configured by command-line arguments,
/// so a test can SIGKILL it and start it again with the same client id, spool and journal. Disposing it fails the test on
/// any Error/Critical entry in its output (all runs) not declared with <see cref="ExpectError"/>.
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly IReadOnlyList<string> _arguments;
    private readonly HttpClient _http = WorkerSettings.OperatorClient(TimeSpan.FromSeconds(5));
    private readonly ExpectedErrors _expected = new();
    private ServerProcess? _process;
    private string _earlierOutput = string.Empty;

    /// <summary>
    /// A worker for <paramref name="broker"/> and <paramref name="influx"/> keeping its state under <paramref name="stateDirectory"/>;
    /// <paramref name="workerDll"/> (default: the test's own build output) and <paramref name="overrides"/> (settings added last; null unsets a key) let a
    /// test run the published worker with its own credentials.
    /// </summary>
    public WorkerProcess(MosquittoInstance broker, InfluxInstance influx, string stateDirectory, string? workerDll = null, IReadOnlyDictionary<string, string?>? overrides = null)
    {
        StateDirectory = stateDirectory;
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
        var settings = WorkerSettings.For(broker, influx, Path.Combine(stateDirectory, "spool"), $"worker-{Path.GetFileName(stateDirectory)}");
        settings["Urls"] = Url.ToString();
        settings["Aggregation:JournalDirectory"] = Path.Combine(stateDirectory, "aggregation");
        settings["Aggregation:Lateness"] = "00:20:00";
        settings["Aggregation:FlushInterval"] = "00:00:00.200";
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            // null: leave the key unset, so the worker's own default applies.
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value;
            }
        }

        _arguments = [workerDll ?? WorkerDll, .. settings.Select(kv => $"--{kv.Key}={kv.Value}")];
    }

    /// <summary>Where the worker keeps its spool and journal.</summary>
    public string StateDirectory { get; }

    /// <summary>The worker's HTTP address.</summary>
    public Uri Url { get; }

    /// <summary>What the worker printed, for failure messages.</summary>
    public string Output => _process?.Output ?? string.Empty;

    /// <summary>What every run of the worker printed (earlier runs first), e.g. to look for Error-level lines after restarts.</summary>
    public string AllOutput => _earlierOutput + Output;

    /// <summary>The current run's exit code once it has exited.</summary>
    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    private static string WorkerDll => Path.Combine(AppContext.BaseDirectory, "ResourceMonitor.Worker.dll");

    /// <summary>Starts the worker and waits until it is subscribed (ready).</summary>
    public async Task StartAsync()
    {
        _earlierOutput += Output;
        _process?.Dispose();
        _process = ServerProcess.Start("dotnet", _arguments, StateDirectory);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The worker exited at start:\n{Output}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(Url, "/health/ready"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The worker was not ready within 60 s:\n{Output}");
    }

    /// <summary>Declares Error/Critical entries containing <paramref name="fragment"/> (category, event id or message) expected.</summary>
    public WorkerProcess ExpectError(string fragment)
    {
        _expected.Expect(fragment);
        return this;
    }

    /// <summary>The Error/Critical entries of every run so far that no <see cref="ExpectError"/> covers.</summary>
    public IReadOnlyList<string> UnexpectedErrors => _expected.Unexpected(ExpectedErrors.FromConsoleOutput(AllOutput));

    /// <summary>SIGTERM: the worker drains what is in flight, flushes and exits (SIGKILL after <paramref name="timeout"/>).</summary>
    public Task StopAsync(TimeSpan timeout) => _process?.StopAsync(timeout) ?? Task.CompletedTask;

    /// <summary>SIGKILL: no flush, no disconnect, nothing saved.</summary>
    public void Kill() => _process?.Kill();

    /// <summary>A gauge or counter value from the worker's /metrics.</summary>
    public async Task<double> MetricAsync(string name)
    {
        var body = await _http.GetStringAsync(new Uri(Url, "/metrics"));
        var line = body.Split('\n').FirstOrDefault(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[(name.Length + 1)..], CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _process?.Dispose();
        _http.Dispose();
        _expected.AssertNoneUnexpected("the worker process", ExpectedErrors.FromConsoleOutput(AllOutput));
    }
}
