using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// The whole chain with real processes: meters (mosquitto_pub) → factory Mosquitto → edge agent process → park Mosquitto
/// (persistence on, autosave only every hour) → worker process → InfluxDB. The park broker is SIGKILLed mid-stream and started
/// again on the same port and persistence directory, several times, once while the worker is down so the broker holds a queue
/// it acknowledged but never saved. With the end-to-end acknowledgement every reading is stored exactly once.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class BrokerCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Meters = 2;
    private const int PerChunk = 100;
    private static readonly string[] CatalogMeters = [SamplePark.GridPower, "boiler-gas"];
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);
    private readonly DirectoryInfo _state = Directory.CreateTempSubdirectory("rm-broker-crash-");
    private MosquittoInstance _local = null!;
    private MosquittoInstance _park = null!;
    private InfluxInstance _influx = null!;
    private WorkerProcess? _worker;
    private EdgeAgentProcess? _agent;
    private DateTimeOffset _workerStarted;

    public async Task InitializeAsync()
    {
        _local = await MosquittoInstance.StartNewAsync();
        _park = await MosquittoInstance.StartNewAsync(new MosquittoOptions { AutosaveInterval = TimeSpan.FromHours(1) });
        _influx = await InfluxInstance.StartNewAsync();
    }

    public async Task DisposeAsync()
    {
        _agent?.Dispose();
        _worker?.Kill();
        _worker?.Dispose();
        await _local.DisposeAsync();
        await _park.DisposeAsync();
        await _influx.DisposeAsync();
        _state.Delete(recursive: true);
    }

    [Fact]
    public async Task With_the_park_broker_SIGKILLed_mid_stream_every_reading_is_stored_exactly_once()
    {
        const string acknowledgement = "EndToEnd";
        var (published, kills) = await RunAsync(acknowledgement);

        var stored = await Eventually.EqualsAsync(published, () => UsageQueries.ReadingsAsync(_influx), Patience);
        await Task.Delay(TimeSpan.FromSeconds(3));
        stored = await UsageQueries.ReadingsAsync(_influx);
        var acks = await _worker!.MetricAsync("rm_acks_published_total");
        var acksPerSecond = acks / (DateTimeOffset.UtcNow - _workerStarted).TotalSeconds;
        var resent = _agent!.AllOutput.Split('\n').Count(l => l.Contains("resending from sequence", StringComparison.Ordinal));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{acknowledgement}: {kills} park broker SIGKILLs, {published} readings published, {stored} stored, {published - stored} lost, {resent} resends after a timeout; " +
            $"the restarted worker published {acks} acknowledgements ({acksPerSecond:F1}/s for one agent)"));

        Assert.True(published == stored, $"published {published}, stored {stored}\n{_agent!.AllOutput}");
    }

    private async Task<(int Published, int Kills)> RunAsync(string acknowledgement)
    {
        _worker = new WorkerProcess(_park, _influx, _state.FullName);
        _agent = EdgeAgentProcess.Create(_local, _park, SamplePark.Dyeing, MeterPublisher.Mappings(Meters, CatalogMeters), acknowledgement: acknowledgement);
        var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-30).ToUnixTimeSeconds());
        var chunk = 0;
        var kills = 0;
        try
        {
            await _worker.StartAsync();
            _agent.Start();
            await _agent.WaitUntilLoggedAsync("Connected to local broker", TimeSpan.FromSeconds(60));

            // Mid-stream kills while everything runs.
            for (; chunk < 6; chunk++)
            {
                await MeterPublisher.PublishAsync(_local, Meters, start, chunk * PerChunk, PerChunk);
                if (chunk % 2 == 1)
                {
                    await KillAndRestartParkBrokerAsync(TimeSpan.FromMilliseconds(200 * chunk));
                    kills++;
                }
            }

            // The worker is away: the park broker queues its session's messages (and acknowledges the agent), then crashes.
            _worker.Kill();
            for (; chunk < 9; chunk++)
            {
                await MeterPublisher.PublishAsync(_local, Meters, start, chunk * PerChunk, PerChunk);
            }

            await Task.Delay(TimeSpan.FromSeconds(3));
            await KillAndRestartParkBrokerAsync(TimeSpan.Zero);
            kills++;
            await _worker.StartAsync();
            _workerStarted = DateTimeOffset.UtcNow;
            for (; chunk < 12; chunk++)
            {
                await MeterPublisher.PublishAsync(_local, Meters, start, chunk * PerChunk, PerChunk);
            }

            return (Meters * chunk * PerChunk, kills);
        }
        catch
        {
            output.WriteLine(_agent.AllOutput);
            throw;
        }
    }

    private async Task KillAndRestartParkBrokerAsync(TimeSpan after)
    {
        await Task.Delay(after);
        _park.Kill();
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        await _park.StartAsync();
    }
}
