using System.Text.Json;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The built edge agent run as a real child process (<c>dotnet ResourceMonitor.Edge.dll</c>) in its own directory with its own
/// appsettings.json and buffer, so it can be killed with SIGKILL and started again on the same buffer. Disposing it fails
/// the test on any Error/Critical entry in its output (all runs) not declared with <see cref="ExpectError"/>.
/// </summary>
public sealed class EdgeAgentProcess : IDisposable
{
    private static readonly JsonSerializerOptions SettingsJson = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private readonly DirectoryInfo _directory;
    private readonly ExpectedErrors _expected = new();
    private readonly string _dll;
    private ServerProcess? _process;

    private EdgeAgentProcess(DirectoryInfo directory, string? dll)
    {
        _directory = directory;
        _dll = dll ?? Path.Combine(AppContext.BaseDirectory, "ResourceMonitor.Edge.dll");
    }

    /// <summary>The buffer directory.</summary>
    public string BufferDirectory => Path.Combine(_directory.FullName, "buffer");

    /// <summary>Everything the agent printed, over all its runs.</summary>
    public string Output { get; private set; } = string.Empty;

    /// <summary>Current run's output plus earlier runs'.</summary>
    public string AllOutput => Output + _process?.Output;

    /// <summary>Bytes in buffer segment files.</summary>
    public long BufferBytes => Directory.Exists(BufferDirectory) ? Directory.GetFiles(BufferDirectory, "*.seg").Sum(f => new FileInfo(f).Length) : 0;

    /// <summary>
    /// Writes the configuration; <paramref name="mappings"/> and <paramref name="buffer"/> are the Edge:Mappings and Edge:Buffer sections;
    /// <paramref name="parkCredentials"/> the plant's user on a secured park broker; <paramref name="agentDll"/> another build
    /// of the agent (default: the test's own build output); <paramref name="acknowledgement"/> is Edge:ParkBroker:Acknowledgement
    /// (<c>Broker</c> when no worker runs to acknowledge).
    /// </summary>
    public static EdgeAgentProcess Create(
        MosquittoInstance local,
        MosquittoInstance park,
        string plant,
        object mappings,
        object? buffer = null,
        object? simulation = null,
        (string User, string Password)? parkCredentials = null,
        string? agentDll = null,
        string acknowledgement = "EndToEnd")
    {
        var directory = Directory.CreateTempSubdirectory("rm-edge-agent-");
        var agent = new EdgeAgentProcess(directory, agentDll);
        var settings = new
        {
            Logging = new { LogLevel = new { Default = "Information" } },
            Edge = new
            {
                AgentId = "edge-" + plant,
                Park = "hiep-phuoc",
                Plant = plant,
                TimeZone = "UTC",
                Input = simulation is null ? "LocalBroker" : "Simulator",
                Simulation = simulation,
                LocalBroker = new { Host = local.Host, Port = local.Port },
                ParkBroker = new
                {
                    Host = park.Host,
                    Port = park.Port,
                    Username = parkCredentials?.User,
                    Password = parkCredentials?.Password,
                    BatchSize = 100,
                    KeepAlive = "00:00:05",
                    MinReconnectDelay = "00:00:00.200",
                    MaxReconnectDelay = "00:00:01",
                    Acknowledgement = acknowledgement,
                    AcknowledgementTimeout = "00:00:03",
                },
                Buffer = buffer ?? new { Directory = agent.BufferDirectory },
                Mappings = mappings,
            },
        };
        File.WriteAllText(Path.Combine(directory.FullName, "appsettings.json"), JsonSerializer.Serialize(settings, SettingsJson));
        return agent;
    }

    /// <summary>Starts the agent; <paramref name="arguments"/> override settings (<c>--Edge:Operations:StallAfter=00:00:05</c>).</summary>
    public void Start(params string[] arguments)
    {
        _process = ServerProcess.Start("dotnet", [_dll, .. arguments], _directory.FullName);
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the current run to exit; its exit code, or null if it is still running.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_process is { HasExited: false } && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }

        return _process is { HasExited: true } process ? process.ExitCode : null;
    }

    /// <summary>SIGKILL: the agent gets no chance to flush or say goodbye.</summary>
    public void Kill()
    {
        _process?.Kill();
        Output += _process?.Output;
        _process?.Dispose();
        _process = null;
    }

    /// <summary>Waits until the current run has logged <paramref name="text"/> (e.g. its subscription to the local broker); fails with the output otherwise.</summary>
    public async Task WaitUntilLoggedAsync(string text, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (_process is { } process && !process.Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > until || process.HasExited)
            {
                throw new TimeoutException($"the agent did not log '{text}' within {timeout}:\n{AllOutput}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Declares Error/Critical entries containing <paramref name="fragment"/> (category, event id or message) expected.</summary>
    public EdgeAgentProcess ExpectError(string fragment)
    {
        _expected.Expect(fragment);
        return this;
    }

    /// <summary>The Error/Critical entries of every run so far that no <see cref="ExpectError"/> covers.</summary>
    public IReadOnlyList<string> UnexpectedErrors => _expected.Unexpected(ExpectedErrors.FromConsoleOutput(AllOutput));

    /// <summary>Whether the current run has exited (e.g. failed start-up validation).</summary>
    public bool HasExited => _process?.HasExited ?? true;

    /// <inheritdoc />
    public void Dispose()
    {
        Kill();
        var output = Output;
        try
        {
            _directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a dying process: the temp directory is cleaned by the OS.
        }

        _expected.AssertNoneUnexpected("the edge agent", ExpectedErrors.FromConsoleOutput(output));
    }
}
