using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Ingest;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Supervised stages and per-stage readiness with a real Mosquitto (SIGKILLed) and a real InfluxDB.</summary>
[Collection(WorkerTestCollection.Name)]
public sealed class SupervisionTests(WorkerBrokerAndInflux services, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>, IAsyncLifetime
{
    private const string Acknowledgement = "ingest.acknowledgement";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public Task InitializeAsync() => services.ResetDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_acknowledgement_stage_outlives_broker_SIGKILLs_and_every_reading_is_stored()
    {
        const int Rounds = 5;
        const int PerRound = 200;
        const int PerBatch = 10;
        await using var broker = await MosquittoInstance.StartNewAsync();
        await using var worker = await InProcessWorker.StartAsync(broker, services.Influx);
        var stages = worker.Services.GetRequiredService<StageRegistry>();
        var readings = new RecentReadings(Rounds * PerRound);
        for (var round = 0; round < Rounds; round++)
        {
            var first = round * PerRound;
            await using (var publisher = await TestPublisher.ConnectAsync(broker))
            {
                for (var k = first; k < first + (PerRound / 2); k += PerBatch)
                {
                    await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(k, PerBatch, $"round-{round}-{k}"));
                }

                // Mid-stream, while the worker acknowledges: MQTTnet 5.2 can throw from its acknowledgement here.
                broker.Kill();
            }

            await broker.StartAsync();
            var acknowledgedBefore = Stage(stages, Acknowledgement).Completed;

            // A SIGKILLed Mosquitto forgets what it had not autosaved, the worker's session included: until the worker has
            // subscribed again, publishes reach nobody. Like an edge agent without an acknowledgement, resend the round
            // until it is stored; the worker drops what it already has (same batch ids, same meter and timestamp).
            var stored = 0;
            for (var attempt = 0; attempt < 6 && stored != first + PerRound; attempt++)
            {
                await using (var publisher = await TestPublisher.ConnectAsync(broker))
                {
                    for (var k = first; k < first + PerRound; k += PerBatch)
                    {
                        await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(k, PerBatch, $"round-{round}-{k}"));
                    }
                }

                stored = await Eventually.EqualsAsync(first + PerRound, () => UsageQueries.ReadingsAsync(services.Influx), TimeSpan.FromSeconds(20));
            }

            var drained = await Eventually.TrueAsync(() => Stage(stages, Acknowledgement) is { Waiting: 0 } s && s.Completed > acknowledgedBefore, Patience);
            var ack = Stage(stages, Acknowledgement);
            output.WriteLine($"round {round}: broker SIGKILLed and restarted; stored {stored} of {first + PerRound}; acknowledgement stage {ack.State}, {ack.Completed} done, {ack.Waiting} waiting");

            Assert.Equal(first + PerRound, stored);
            Assert.True(drained, $"round {round}: the acknowledgement stage made no progress after the broker restart: {ack}");
            Assert.Null(worker.Services.GetRequiredService<HostFailure>().Stage);
        }

        var ready = await Eventually.EqualsAsync(200, async () => (await worker.GetAsync("/health/ready")).Status, Patience);
        Assert.Equal(200, ready);
        Assert.All(stages.Report(), s => Assert.Equal(0, s.Restarts));
    }

    [Fact]
    public async Task A_stage_with_work_waiting_and_no_progress_turns_readiness_503_naming_it_until_it_moves_again()
    {
        var consumer = new GatedConsumer();
        var overrides = new Dictionary<string, string?> { ["Operations:StallAfter"] = "00:00:02" };
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, overrides, s => s.AddSingleton<IAcceptedReadingsConsumer>(consumer));

        // No error is declared: an unhealthy readiness answer is logged at Warning (the worker's event 9320), not Error.
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = new RecentReadings(30);
        Assert.Equal(200, await Eventually.EqualsAsync(200, async () => (await worker.GetAsync("/health/ready")).Status, Patience));

        for (var k = 0; k < 30; k += 10)
        {
            await publisher.PublishAsync(SamplePark.Dyeing, readings.Batch(k, 10));
        }

        var stalled = await Eventually.EqualsAsync(503, async () => (await worker.GetAsync("/health/ready")).Status, Patience);
        var (_, body) = await worker.GetAsync("/health/ready");
        output.WriteLine(body);
        Assert.Equal(503, stalled);
        using (var json = JsonDocument.Parse(body))
        {
            var ingest = json.RootElement.GetProperty("checks").GetProperty("ingest");
            Assert.Contains($"stage {Acknowledgement} stalled", ingest.GetProperty("description").GetString(), StringComparison.Ordinal);
            var figures = ingest.GetProperty("data").GetProperty("stages").GetProperty(Acknowledgement);
            Assert.Equal("stalled", figures.GetProperty("state").GetString());
            Assert.True(figures.GetProperty("waiting").GetInt64() >= 1, figures.ToString());
            Assert.Equal("running", ingest.GetProperty("data").GetProperty("stages").GetProperty("ingest.admission").GetProperty("state").GetString());
        }

        consumer.Open();
        Assert.Equal(200, await Eventually.EqualsAsync(200, async () => (await worker.GetAsync("/health/ready")).Status, Patience));
        Assert.Equal(30, await Eventually.EqualsAsync(30, () => UsageQueries.ReadingsAsync(services.Influx), Patience));
    }

    [Fact]
    public async Task A_stage_that_keeps_failing_stops_the_published_worker_with_exit_code_70()
    {
        var state = Directory.CreateTempSubdirectory("rm-worker-fault-");
        var settings = WorkerSettings.For(services.Broker, services.Influx, Path.Combine(state.FullName, "spool"), "worker-fault");
        settings["Urls"] = $"http://127.0.0.1:{FreePort.Next()}";
        settings["Aggregation:JournalDirectory"] = Path.Combine(state.FullName, "aggregation");

        // Symbiosis cannot save its state (no such directory): its stage faults at every evaluation, and no restart is allowed.
        settings["Symbiosis:SnapshotPath"] = "/proc/nonexistent/snapshot.json";
        settings["Symbiosis:EvaluationInterval"] = "00:00:01";
        settings["Operations:MaxRestarts"] = "0";
        using var worker = ServerProcess.Start("dotnet", [Path.Combine(AppContext.BaseDirectory, "ResourceMonitor.Worker.dll"), .. settings.Select(kv => $"--{kv.Key}={kv.Value}")], state.FullName);
        try
        {
            Assert.True(await Eventually.TrueAsync(() => worker.HasExited, Patience), worker.Output);

            Assert.True(worker.ExitCode == HostFailure.StageFaultExitCode, $"exit code {worker.ExitCode}:\n{worker.Output}");
            var errors = ExpectedErrors.FromConsoleOutput(worker.Output);
            Assert.Contains(errors, e => e.StartsWith("crit: ResourceMonitor.Hosting.Supervision.StageSupervisor[9301] Stage symbiosis failed", StringComparison.Ordinal));
            new ExpectedErrors().Expect("Stage symbiosis failed").AssertNoneUnexpected("the worker process", errors);
        }
        finally
        {
            worker.Kill();
            state.Delete(recursive: true);
        }
    }

    private static StageReport Stage(StageRegistry stages, string name) => stages.Report().Single(r => r.Name == name);

    /// <summary>A fan-out consumer that holds every batch until opened: the acknowledgement stage has work and makes no progress.</summary>
    private sealed class GatedConsumer : IAcceptedReadingsConsumer
    {
        private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Open() => _gate.TrySetResult();

        public async ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken) => await _gate.Task.WaitAsync(cancellationToken);
    }
}
