using System.Diagnostics;
using Xunit.Abstractions;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// influxd SIGSTOPped for 30 s (a hang: nginx keeps accepting and waiting) while readings flow through real Mosquitto and
/// the worker with its default write timings: acknowledgements keep flowing from the spool, and nothing is lost.
/// </summary>
[Collection(WorkerTestCollection.Name)]
public sealed class InfluxHangTests(WorkerBrokerAndInflux services, ITestOutputHelper output) : IClassFixture<WorkerBrokerAndInflux>
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    /// <summary>The product defaults (WorkerSettings shortens them for other tests): this test measures what an operator gets.</summary>
    private static readonly Dictionary<string, string?> DefaultWriteTimings = new()
    {
        ["Storage:RequestTimeout"] = "00:00:03",
        ["Storage:RetryBaseDelay"] = "00:00:00.200",
        ["Storage:RetryMaxDelay"] = "00:00:05",
    };

    [Fact]
    public async Task Readings_keep_being_acknowledged_while_InfluxDB_hangs_and_none_is_lost_after_it_resumes()
    {
        await using var worker = await InProcessWorker.StartAsync(services.Broker, services.Influx, DefaultWriteTimings);
        await using var publisher = await TestPublisher.ConnectAsync(services.Broker);
        var readings = ReadingFactory.Recent();
        const int PerBatch = 10;
        var published = 0;
        var stall = new AcknowledgementStall(() => worker.MetricAsync("rm_readings_accepted_total"), () => Volatile.Read(ref published));
        using var sampling = new CancellationTokenSource();
        var sampler = stall.SampleAsync(TimeSpan.FromMilliseconds(100), sampling.Token);

        var clock = Stopwatch.StartNew();
        var hangAt = TimeSpan.FromSeconds(5);
        var resumeAt = hangAt + Hang;
        var endAt = resumeAt + TimeSpan.FromSeconds(10);
        var suspended = false;
        try
        {
            while (clock.Elapsed < endAt)
            {
                if (!suspended && clock.Elapsed >= hangAt && clock.Elapsed < resumeAt)
                {
                    await services.Influx.SuspendAsync();
                    suspended = true;
                }
                else if (suspended && clock.Elapsed >= resumeAt)
                {
                    await services.Influx.ResumeAsync();
                    suspended = false;
                }

                await publisher.PublishAsync(SamplePark.Dyeing, readings.PowerBatch(published, PerBatch));
                Interlocked.Add(ref published, PerBatch);
                await Task.Delay(100);
            }
        }
        finally
        {
            if (suspended)
            {
                await services.Influx.ResumeAsync();
            }
        }

        var stored = await Eventually.EqualsAsync(published, () => UsageQueries.ReadingsAsync(services.Influx), Patience);
        await Eventually.EqualsAsync(published, async () => (int)await worker.MetricAsync("rm_readings_accepted_total"), Patience);
        await sampling.CancelAsync();
        await sampler;
        var writer = (PointWriter)worker.Services.GetService(typeof(PointWriter))!;
        output.WriteLine($"published {published} readings, stored {stored}; longest acknowledgement stall {stall.Longest.TotalSeconds:F1} s (influxd stopped for {Hang.TotalSeconds} s); spool {writer.SpooledBatches} batches");

        Assert.Equal(published, stored);
        Assert.True(stall.Longest < TimeSpan.FromSeconds(10), $"acknowledgements stalled for {stall.Longest.TotalSeconds:F1} s while InfluxDB hung");
        Assert.True(await Eventually.TrueAsync(() => writer.SpooledBatches == 0, Patience), "the spool did not drain");
    }
}
