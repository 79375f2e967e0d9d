using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Mosquitto running deploy/mosquitto/mosquitto.conf itself, unchanged but for its paths (pointed at what init.sh wrote
/// into <see cref="BrokerSetup"/>'s directory), its two listeners' ports (free loopback ports) and its log file.
/// </summary>
public sealed class ProductionBroker : IDisposable
{
    private readonly BrokerSetup _setup;
    private readonly ServerProcess _process;

    private ProductionBroker(BrokerSetup setup, ServerProcess process, int plainPort, int tlsPort, string dataDirectory)
    {
        _setup = setup;
        _process = process;
        PlainPort = plainPort;
        TlsPort = tlsPort;
        DataDirectory = dataDirectory;
    }

    /// <summary>The compose-internal plain listener (1883 in compose).</summary>
    public int PlainPort { get; }

    /// <summary>The TLS listener for plant edge agents (8883 in compose).</summary>
    public int TlsPort { get; }

    /// <summary>The persistence directory.</summary>
    public string DataDirectory { get; }

    /// <summary>The broker's log so far.</summary>
    public string Log
    {
        get
        {
            var file = Path.Combine(_setup.Directory.FullName, "broker.log");
            return (File.Exists(file) ? File.ReadAllText(file) : string.Empty) + _process.Output;
        }
    }

    /// <summary>Starts the production configuration on <paramref name="setup"/>'s files and waits until both listeners accept.</summary>
    public static async Task<ProductionBroker> StartAsync(BrokerSetup setup)
    {
        var directory = setup.Directory.FullName;
        var data = Directory.CreateDirectory(Path.Combine(directory, "data")).FullName;
        var plain = FreePort.Next();
        var tls = FreePort.Next();
        var conf = (await File.ReadAllTextAsync(RepositoryFiles.Path("deploy/mosquitto/mosquitto.conf")))
            .Replace("/mosquitto/generated", directory, StringComparison.Ordinal)
            .Replace("/mosquitto/data/", data + "/", StringComparison.Ordinal)
            .Replace("listener 1883", string.Create(CultureInfo.InvariantCulture, $"listener {plain} 127.0.0.1"), StringComparison.Ordinal)
            .Replace("listener 8883", string.Create(CultureInfo.InvariantCulture, $"listener {tls} 127.0.0.1"), StringComparison.Ordinal)
            .Replace("log_dest stdout", $"log_dest file {directory}/broker.log", StringComparison.Ordinal);
        var confPath = Path.Combine(directory, "mosquitto.conf");
        await File.WriteAllTextAsync(confPath, Environment.IsPrivilegedProcess ? "user root\n" + conf : conf);

        var broker = new ProductionBroker(setup, ServerProcess.Start(RequiredService.Mosquitto, ["-c", confPath], directory), plain, tls, data);
        await FreePort.WaitUntilAcceptingAsync(plain, TimeSpan.FromSeconds(15), () => broker.Log, () => broker._process.HasExited);
        await FreePort.WaitUntilAcceptingAsync(tls, TimeSpan.FromSeconds(15), () => broker.Log, () => broker._process.HasExited);
        return broker;
    }

    /// <summary>Graceful stop: Mosquitto writes its persistence file.</summary>
    public Task StopAsync() => _process.StopAsync(TimeSpan.FromSeconds(10));

    /// <inheritdoc />
    public void Dispose() => _process.Dispose();
}
