using System.Globalization;
using System.Net;
using InfluxDB.Client;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.TestServices;

/// <summary>
/// A real InfluxDB 1.6 (<c>influxd</c>) owned by one test class, behind its own nginx that serves the
/// <c>/api/v2/write</c> route (docs/design.md §4). Product code gets <see cref="Url"/> (nginx) and <see cref="Bucket"/>.
/// <see cref="StopAsync"/>, <see cref="Kill"/> and <see cref="StartAsync()"/> act on influxd only, with the same
/// directories and ports: nginx stays up and answers 502 while the database is down, as a proxy in front of a dead database does.
/// </summary>
public sealed class InfluxInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly DirectoryInfo _directory;
    private readonly int _influxPort;
    private readonly int _rpcPort;
    private readonly int _nginxPort;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private ServerProcess? _influxd;
    private ServerProcess? _nginx;

    private InfluxInstance(DirectoryInfo directory)
    {
        _directory = directory;
        _influxPort = FreePort.Next();
        _rpcPort = FreePort.Next();
        _nginxPort = FreePort.Next();
    }

    /// <summary>The URL product code writes to and queries (nginx, serving <c>/api/v2/write</c> and <c>/query</c>).</summary>
    public Uri Url => new($"http://127.0.0.1:{_nginxPort}");

    /// <summary>influxd's own URL, bypassing nginx.</summary>
    public Uri DirectUrl => new($"http://127.0.0.1:{_influxPort}");

    /// <summary>The database, which is also the bucket name given to InfluxDB.Client.</summary>
    public string Database => "resourcemonitor";

    /// <summary>Same as <see cref="Database"/>: the route maps <c>bucket</c> to <c>db</c>.</summary>
    public string Bucket => Database;

    /// <summary>Any organisation: InfluxDB 1.x ignores it.</summary>
    public string Organization => "resourcemonitor";

    /// <summary>Any token: InfluxDB 1.x without auth ignores it.</summary>
    public string Token => "test-token";

    /// <summary>Whether influxd is running.</summary>
    public bool IsRunning => _influxd is { HasExited: false };

    /// <summary>influxd's and nginx's logs so far, for failure messages.</summary>
    public string Log
    {
        get
        {
            var nginxLog = Path.Combine(_directory.FullName, "nginx", "error.log");
            var nginx = File.Exists(nginxLog) ? File.ReadAllText(nginxLog) : string.Empty;
            return $"influxd:\n{_influxd?.Output}\nnginx:\n{_nginx?.Output}{nginx}";
        }
    }

    /// <summary>Starts influxd and nginx on free ports in a new temp directory, and creates <see cref="Database"/>.</summary>
    public static async Task<InfluxInstance> StartNewAsync()
    {
        var influxd = RequiredService.Influxd;
        var nginx = RequiredService.Nginx;
        for (var attempt = 1; ; attempt++)
        {
            var instance = new InfluxInstance(Directory.CreateTempSubdirectory("rm-influx-"));
            try
            {
                await instance.StartInfluxdAsync(influxd);
                await instance.StartNginxAsync(nginx);
                await instance.ExecuteAsync($"CREATE DATABASE \"{instance.Database}\"");
                return instance;
            }
            catch (Exception) when (attempt < 3)
            {
                // A port found free may have been taken before influxd or nginx bound it: try fresh ones.
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>A client for <see cref="Url"/>, configured the way the worker configures its own.</summary>
    public InfluxDBClient CreateClient() => new(Url.ToString(), Token);

    /// <summary>Runs an InfluxQL query on <see cref="Database"/> (epoch=ms, so times are Unix milliseconds) and returns its series.</summary>
    public async Task<InfluxQlResult> QueryAsync(string influxQl)
    {
        var uri = new Uri(DirectUrl, $"/query?db={Uri.EscapeDataString(Database)}&epoch=ms&q={Uri.EscapeDataString(influxQl)}");
        using var response = await _http.GetAsync(uri);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.BadRequest)
        {
            throw new InvalidOperationException($"InfluxQL `{influxQl}` answered {(int)response.StatusCode}: {body}");
        }

        return InfluxQlResponseParser.Parse(body, influxQl);
    }

    /// <summary>The single number a query such as <c>SELECT count(value) FROM reading</c> returns, or 0 when it returns no series.</summary>
    public async Task<double> ScalarAsync(string influxQl)
    {
        var result = await QueryAsync(influxQl);
        return result.Series.Count == 0 ? 0 : Convert.ToDouble(result.Series[0].Values[0][1], CultureInfo.InvariantCulture);
    }

    /// <summary>Runs a statement that changes something (CREATE, DROP...) with POST.</summary>
    public async Task ExecuteAsync(string influxQl)
    {
        using var content = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", influxQl)]);
        using var response = await _http.PostAsync(new Uri(DirectUrl, "/query"), content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"InfluxQL `{influxQl}` answered {(int)response.StatusCode}: {body}\n{Log}");
        }

        InfluxQlResponseParser.Parse(body, influxQl);
    }

    /// <summary>Graceful stop of influxd (SIGTERM).</summary>
    public async Task StopAsync()
    {
        if (_influxd is not null)
        {
            await _influxd.StopAsync(TimeSpan.FromSeconds(15));
        }
    }

    /// <summary>SIGSTOP of influxd: a hang. nginx still accepts requests and waits for answers that do not come.</summary>
    public Task SuspendAsync() => _influxd?.SignalAsync("STOP") ?? Task.CompletedTask;

    /// <summary>SIGCONT of influxd after <see cref="SuspendAsync"/>.</summary>
    public Task ResumeAsync() => _influxd?.SignalAsync("CONT") ?? Task.CompletedTask;

    /// <summary>SIGKILL of influxd: a crash. Its WAL brings back what it acknowledged.</summary>
    public void Kill() => _influxd?.Kill();

    /// <summary>Starts influxd again on the same port and directories.</summary>
    public Task StartAsync() => StartInfluxdAsync(RequiredService.Influxd);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.StopAsync(TimeSpan.FromSeconds(5));
            _nginx.Dispose();
        }

        _influxd?.Dispose();
        _http.Dispose();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is not worth failing a test over.
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"influxd on {DirectUrl} behind nginx on {Url} ({_directory.FullName})";

    private async Task StartInfluxdAsync(string binary)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{this}: influxd is already running.");
        }

        var configPath = Path.Combine(_directory.FullName, "influxd.toml");
        await File.WriteAllTextAsync(configPath, InfluxdConfig.Render(_directory.FullName, _influxPort, _rpcPort));
        _influxd?.Dispose();
        _influxd = ServerProcess.Start(binary, ["-config", configPath], _directory.FullName);
        await WaitForPingAsync(_influxd);
    }

    private async Task StartNginxAsync(string binary)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_directory.FullName, "nginx")).FullName;
        var configPath = Path.Combine(dir, "nginx.conf");
        await File.WriteAllTextAsync(configPath, NginxWriteRoute.Render(dir, _nginxPort, _influxPort, Environment.IsPrivilegedProcess));
        _nginx = ServerProcess.Start(binary, ["-p", dir, "-c", configPath, "-e", Path.Combine(dir, "error.log")], dir);
        await FreePort.WaitUntilAcceptingAsync(_nginxPort, StartTimeout, () => Log, () => _nginx.HasExited);
    }

    private async Task WaitForPingAsync(ServerProcess influxd)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (!deadline.IsCancellationRequested)
        {
            if (influxd.HasExited)
            {
                throw new InvalidOperationException($"influxd exited at start. {Log}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri(DirectUrl, "/ping"), deadline.Token);
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await Task.Delay(50, CancellationToken.None);
        }

        throw new TimeoutException($"influxd did not answer /ping within {StartTimeout}. {Log}");
    }
}
