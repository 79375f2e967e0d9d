using System.Diagnostics;
using ResourceMonitor.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The chaos test (issue 11): the published worker and edge agents, real Mosquitto ×2 and InfluxDB, a deterministic meter
/// load on the factory broker and a seeded random schedule of kills, a hanging database and poison messages; then the
/// independent set checker accounts for every reading and every <c>usage_1m</c> minute. docs/reliability.md explains how to
/// replay a seed and run it longer.
/// </summary>
[Collection(ChaosCollection.Name)]
public sealed class ChaosTests(ITestOutputHelper output)
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Under_seeded_kills_a_hanging_database_and_poison_messages_every_acknowledged_reading_is_stored_once_and_every_minute_is_exact()
    {
        var settings = ChaosSettings.FromEnvironment();
        var meters = ChaosPlants.Meters(settings.ReadingInterval);
        var plants = meters.Select(m => m.Plant).Distinct().Count();
        var schedule = FaultSchedule.Generate(settings.Seed, settings.Duration, plants, settings.Faults);
        output.WriteLine($"chaos seed {settings.Seed}; replay: {settings.ReplayCommand}");
        output.WriteLine(string.Join('\n', schedule));

        await using var park = await ChaosPark.StartAsync(meters);
        await using var publisher = await FactoryPublisher.ConnectAsync(park.Factory, meters, settings.ReadingInterval);
        var injector = new FaultInjector(park, new Random(settings.Seed));
        ProgressWatch[] stalls = [ProgressWatch.WorkerAcknowledgements(() => park.Worker.Url), ProgressWatch.StoredReadings(park.Influx)];
        using var loadDone = new CancellationTokenSource();
        var watching = Task.WhenAll(stalls.Select(s => s.RunAsync(loadDone.Token)));
        var load = publisher.RunAsync(publisher.Start + settings.Duration, CancellationToken.None);
        await injector.RunAsync(schedule, CancellationToken.None);
        await load;
        await loadDone.CancelAsync();
        await watching;

        var settle = await WaitUntilQuietAsync(park.Influx, publisher.Published.Count(p => p.Acknowledged));
        var verdict = await SetChecker.CheckAsync(park.Influx, publisher.Published, meters);
        var errors = park.Worker.UnexpectedErrors.Select(l => $"worker: {l}")
            .Concat(park.Agents.SelectMany((a, i) => a.UnexpectedErrors.Select(l => $"edge {park.Plants[i]}: {l}")))
            .ToArray();
        var summary = new ChaosSummary(settings, injector.Done, verdict, stalls, settle, errors, [PublishedApp.Worker.ToString(), PublishedApp.Edge.ToString()]);
        output.WriteLine(summary.ToString());
        await SaveAsync(summary);

        Assert.True(summary.Passed, $"{summary}\n{park.Describe()}");
    }

    /// <summary>Waits until InfluxDB holds every acknowledged reading (then a little longer for the last minutes), or nothing changed for <see cref="QuietFor"/>.</summary>
    private static async Task<TimeSpan> WaitUntilQuietAsync(InfluxInstance influx, int acknowledged)
    {
        using var readBack = new InfluxReadBack(influx.DirectUrl, influx.Database);
        var clock = Stopwatch.StartNew();
        var last = -1L;
        var lastChange = TimeSpan.Zero;
        while (clock.Elapsed < SettleLimit && clock.Elapsed - lastChange < QuietFor)
        {
            var stored = await readBack.CountAsync("reading", "value");
            if (stored >= acknowledged)
            {
                // The aggregator flushes its minutes every 2 s (shipped Aggregation:FlushInterval); the writer lingers 50 ms.
                await Task.Delay(TimeSpan.FromSeconds(5));
                break;
            }

            if (stored != last)
            {
                last = stored;
                lastChange = clock.Elapsed;
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        return clock.Elapsed;
    }

    private static async Task SaveAsync(ChaosSummary summary)
    {
        var directory = Directory.CreateDirectory(RepositoryFiles.Path(Path.Combine("artifacts", "chaos")));
        await File.WriteAllTextAsync(Path.Combine(directory.FullName, $"chaos-seed-{summary.Settings.Seed}.md"), summary.ToString());
    }
}
