using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResourceMonitor.IntegrationTests.Baselines;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>
/// A live page in Debian's headless <c>chromium</c>, driven over the Chrome DevTools Protocol (a WebSocket, no browser
/// download): evaluate JavaScript in it while it runs (a page fed by Server-Sent Events never "finishes"), take screenshots.
/// </summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly StringBuilder _log = new();
    private int _nextId;

    private ChromiumPage(Process process, DirectoryInfo profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>chromium's stderr so far (console errors of the page among it).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts chromium on <paramref name="url"/> and attaches to its page.</summary>
    public static async Task<ChromiumPage> OpenAsync(Uri url, int width = 1280, int height = 1000)
    {
        var profile = Directory.CreateTempSubdirectory("rm-chromium-");
        var port = FreePort.Next();
        var start = new ProcessStartInfo(HeadlessChromium.Binary) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in HeadlessChromium.CommonArguments(profile.FullName).Concat([$"--window-size={width},{height}", $"--remote-debugging-port={port}", url.AbsoluteUri]))
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var page = new ChromiumPage(process, profile);
        process.ErrorDataReceived += (_, e) =>
        {
            lock (page._log)
            {
                page._log.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            await page.AttachAsync(port);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    /// <summary>The value of <paramref name="expression"/> evaluated in the page (JSON-serialisable values only).</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true });
        if (result?["exceptionDetails"] is { } error)
        {
            throw new InvalidOperationException($"the page threw: {error.ToJsonString()}");
        }

        return result?["result"]?["value"];
    }

    /// <summary>Evaluates <paramref name="condition"/> until it is true or <paramref name="patience"/> runs out; returns how long it took, or null.</summary>
    public async Task<TimeSpan?> WaitForAsync(string condition, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < patience)
        {
            if ((await EvaluateAsync(condition))?.GetValue<bool>() == true)
            {
                return clock.Elapsed;
            }

            await Task.Delay(50);
        }

        return null;
    }

    /// <summary>A PNG of the whole page.</summary>
    public async Task<byte[]> ScreenshotAsync()
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        return Convert.FromBase64String(result!["data"]!.GetValue<string>());
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            _profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // chromium may still hold a lock file for a moment; a temp directory left behind is harmless.
        }
    }

    private async Task AttachAsync(int port)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var targets = await http.GetFromJsonAsync<JsonArray>(new Uri($"http://127.0.0.1:{port}/json/list"));
                var page = targets?.FirstOrDefault(t => t?["type"]?.GetValue<string>() == "page");
                if (page?["webSocketDebuggerUrl"]?.GetValue<string>() is { } ws)
                {
                    await _socket.ConnectAsync(new Uri(ws), CancellationToken.None);
                    return;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                // chromium is not listening yet.
            }

            if (deadline.Elapsed > TimeSpan.FromSeconds(30) || _process.HasExited)
            {
                throw new TimeoutException($"chromium's DevTools did not answer on port {port}: {Log}");
            }

            await Task.Delay(100);
        }
    }

    private async Task<JsonNode?> SendAsync(string method, JsonObject parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(request.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[1 << 16];
        while (true)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await _socket.ReceiveAsync(buffer, timeout.Token);
                message.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            // Events (no id) and answers to other calls are skipped: one call at a time.
            var answer = JsonNode.Parse(message.ToArray());
            if (answer?["id"]?.GetValue<int>() == id)
            {
                return answer["error"] is { } error ? throw new InvalidOperationException($"{method}: {error.ToJsonString()}") : answer["result"];
            }
        }
    }
}
