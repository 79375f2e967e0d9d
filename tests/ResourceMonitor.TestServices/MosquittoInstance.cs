using System.Globalization;
using System.Text;

namespace ResourceMonitor.TestServices;

/// <summary>
/// A real Mosquitto broker owned by one test class: its own loopback port, temp directory and generated config,
/// persistence on. It can be stopped, killed (SIGKILL) and started again on the same port and data directory.
/// </summary>
public sealed class MosquittoInstance : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private readonly DirectoryInfo _directory;
    private readonly string _configPath;
    private ServerProcess? _process;

    private MosquittoInstance(DirectoryInfo directory, int port, MosquittoOptions options)
    {
        _directory = directory;
        Port = port;
        Options = options;
        _configPath = Path.Combine(directory.FullName, "mosquitto.conf");
    }

    /// <summary>Host to connect to.</summary>
    public string Host => "127.0.0.1";

    /// <summary>Port the broker listens on (stays the same across restarts).</summary>
    public int Port { get; }

    /// <summary>The options the broker was configured with.</summary>
    public MosquittoOptions Options { get; }

    /// <summary>The broker's own directory (config, persistence file, log).</summary>
    public string Directory => _directory.FullName;

    /// <summary>Whether the broker process is running.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The broker's log so far (all runs), for failure messages.</summary>
    public string Log
    {
        get
        {
            var logFile = Path.Combine(Directory, "mosquitto.log");
            var log = File.Exists(logFile) ? ReadShared(logFile) : string.Empty;
            return $"{log}{_process?.Output}";
        }
    }

    /// <summary>Starts a new broker on a free port in a new temp directory and waits until it accepts connections.</summary>
    public static async Task<MosquittoInstance> StartNewAsync(MosquittoOptions? options = null)
    {
        var binary = RequiredService.Mosquitto;
        for (var attempt = 1; ; attempt++)
        {
            var instance = new MosquittoInstance(System.IO.Directory.CreateTempSubdirectory("rm-mosquitto-"), FreePort.Next(), options ?? new MosquittoOptions());
            try
            {
                await instance.StartAsync(binary);
                return instance;
            }
            catch (Exception) when (attempt < 3)
            {
                // Another process may have taken the free port between discovery and bind: try a fresh one.
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>Starts the broker again (same port, same persistence) after <see cref="StopAsync"/> or <see cref="Kill"/>.</summary>
    public Task StartAsync() => StartAsync(RequiredService.Mosquitto);

    /// <summary>Graceful stop (SIGTERM): Mosquitto writes its persistence file first.</summary>
    public async Task StopAsync()
    {
        if (_process is not null)
        {
            await _process.StopAsync(TimeSpan.FromSeconds(10));
        }
    }

    /// <summary>SIGKILL: a crash. Whatever Mosquitto had not autosaved is gone.</summary>
    public void Kill() => _process?.Kill();

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _process?.Dispose();
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is not worth failing a test over.
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"mosquitto on {Host}:{Port} ({Directory})";

    private async Task StartAsync(string binary)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{this} is already running.");
        }

        await File.WriteAllTextAsync(_configPath, RenderConfig());
        _process?.Dispose();
        _process = ServerProcess.Start(binary, ["-c", _configPath], Directory);
        await FreePort.WaitUntilAcceptingAsync(Port, StartTimeout, () => $"Mosquitto log:\n{Log}", () => _process.HasExited);
    }

    private string RenderConfig()
    {
        var dir = Directory;
        var conf = new StringBuilder();
        conf.AppendLine(CultureInfo.InvariantCulture, $"listener {Port} 127.0.0.1");
        if (Environment.IsPrivilegedProcess)
        {
            // As root Mosquitto would switch to user 'mosquitto', which cannot write this test's temp directory.
            conf.AppendLine("user root");
        }

        conf.AppendLine("persistence true");
        conf.AppendLine(CultureInfo.InvariantCulture, $"persistence_location {dir}/");
        conf.AppendLine("persistence_file mosquitto.db");
        if (Options.AutosaveInterval is { } autosave)
        {
            conf.AppendLine(CultureInfo.InvariantCulture, $"autosave_interval {Math.Max(1, (int)autosave.TotalSeconds)}");
        }

        conf.AppendLine(CultureInfo.InvariantCulture, $"max_queued_messages {Options.MaxQueuedMessages}");
        conf.AppendLine("max_queued_bytes 0");
        conf.AppendLine(CultureInfo.InvariantCulture, $"max_inflight_messages {Options.MaxInflightMessages}");
        conf.AppendLine(CultureInfo.InvariantCulture, $"log_dest file {dir}/mosquitto.log");
        conf.AppendLine("log_type error");
        conf.AppendLine("log_type warning");
        conf.AppendLine("log_type notice");
        conf.AppendLine("log_type information");
        conf.AppendLine("log_timestamp_format %Y-%m-%dT%H:%M:%S");
        conf.AppendLine("connection_messages true");
        if (Options.PasswordFile is { } passwords)
        {
            conf.AppendLine("allow_anonymous false");
            conf.AppendLine(CultureInfo.InvariantCulture, $"password_file {passwords}");
        }
        else
        {
            conf.AppendLine("allow_anonymous true");
        }

        if (Options.AclFile is { } acl)
        {
            conf.AppendLine(CultureInfo.InvariantCulture, $"acl_file {acl}");
        }

        foreach (var line in Options.ExtraConfigLines)
        {
            conf.AppendLine(line);
        }

        return conf.ToString();
    }

    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
