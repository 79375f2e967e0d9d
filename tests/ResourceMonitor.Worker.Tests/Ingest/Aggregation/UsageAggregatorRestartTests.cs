using System.Globalization;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Ingest.Aggregation;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Ingest.Aggregation;

/// <summary>
/// The aggregator killed (abandoned without a flush or a dispose, its journal left as the operating system has it) or
/// stopped gracefully at any moment, then restarted on the same journal while the broker redelivers what was not
/// acknowledged: every minute of every meter ends exactly as the readings imply, whether the readings are live or hours
/// late, and whether the journal was compacted.
/// </summary>
public sealed class UsageAggregatorRestartTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(10);
    private static readonly (string Plant, string Meter, double PerStep)[] Meters = [("dyeing", "main-power", 0.5), ("steel", "arc-furnace", 0.2)];
    private readonly DirectoryInfo _journal = Directory.CreateTempSubdirectory("rm-usage-restart-");
    private readonly Dictionary<(string Meter, DateTimeOffset Minute), double> _written = [];
    private readonly IPointSink _sink = Substitute.For<IPointSink>();
    private FakeTimeProvider _clock = new(Now);
    private int _failingWrites;

    public UsageAggregatorRestartTests()
    {
        _sink.WriteAsync(Arg.Any<IReadOnlyList<PointData>>(), Arg.Any<CancellationToken>()).Returns(call =>
        {
            if (_failingWrites > 0)
            {
                _failingWrites--;
                return Task.FromException(new IOException("The spool's disk is full (test fault)."));
            }

            Record(call.ArgAt<IReadOnlyList<PointData>>(0));
            return Task.CompletedTask;
        });
    }

    public enum Stop
    {
        Kill,
        Graceful,
    }

    [Theory]
    [InlineData(false, Stop.Kill, 2, 64L * 1024 * 1024)] // killed inside the journal's first minute
    [InlineData(false, Stop.Kill, 2, 1L)]
    [InlineData(false, Stop.Graceful, 2, 64L * 1024 * 1024)]
    [InlineData(false, Stop.Kill, 40, 64L * 1024 * 1024)]
    [InlineData(false, Stop.Kill, 40, 1L)]
    [InlineData(true, Stop.Kill, 2, 64L * 1024 * 1024)]
    [InlineData(true, Stop.Graceful, 2, 64L * 1024 * 1024)]
    [InlineData(true, Stop.Kill, 40, 1L)]
    public async Task The_minute_open_at_a_restart_is_completed_once_by_the_redelivered_readings(bool live, Stop stop, int stopAfter, long compactBytes)
    {
        var run = new Run(this, live, compactBytes, readings: 120);

        await run.FeedAsync(to: stopAfter);
        await run.RestartAsync(stop, redeliverFrom: stop == Stop.Kill ? stopAfter - 2 : stopAfter + 1);
        await run.FeedAsync(to: run.Count - 1);
        await run.FlushAsync();

        AssertExact(run);
    }

    [Theory]
    [InlineData(1, false, 64L * 1024 * 1024)]
    [InlineData(2, false, 4096L)]
    [InlineData(3, true, 64L * 1024 * 1024)]
    [InlineData(4, true, 4096L)]
    [InlineData(5, true, 1L)]
    [InlineData(6, false, 1L)]
    public async Task Kills_and_graceful_stops_at_random_moments_leave_every_minute_exact(int seed, bool live, long compactBytes)
    {
        var random = new Random(seed);
        var run = new Run(this, live, compactBytes, readings: 400);
        while (run.Next < run.Count)
        {
            await run.FeedAsync(to: Math.Min(run.Count - 1, run.Next + random.Next(1, 60)));
            var stop = random.Next(2) == 0 ? Stop.Kill : Stop.Graceful;

            // Killed: up to 5 batches the aggregator journaled were never acknowledged and come again. Stopped: the pipeline
            // drained, so only an edge agent's resend of its last batch repeats readings.
            var repeated = stop == Stop.Kill ? random.Next(0, 6) : random.Next(0, 2);
            run.Down(TimeSpan.FromSeconds(random.Next(0, 400)));
            await run.RestartAsync(stop, redeliverFrom: Math.Max(0, run.Next - repeated));
        }

        await run.FlushAsync();

        AssertExact(run);
    }

    [Fact]
    public async Task Minutes_whose_write_failed_are_written_by_the_next_flush()
    {
        var run = new Run(this, live: true, 64L * 1024 * 1024, readings: 30);
        await run.FeedAsync(to: 20);
        _failingWrites = 1;

        await Assert.ThrowsAsync<IOException>(() => run.FeedAsync(to: 24));
        await run.FeedAsync(to: 29);
        await run.FlushAsync();

        AssertExact(run);
    }

    public void Dispose() => _journal.Delete(recursive: true);

    /// <summary>Each meter's minutes from the first reading's: 6 intervals of 10 s each (the last minute: the intervals it has).</summary>
    private static Dictionary<(string Meter, DateTimeOffset Minute), double> Expected(Run run)
    {
        var expected = new Dictionary<(string Meter, DateTimeOffset Minute), double>();
        foreach (var (_, meter, perStep) in Meters)
        {
            for (var k = 1; k < run.Count; k++)
            {
                var interval = run.Start + ((k - 1) * Step);
                var minute = new DateTimeOffset(interval.Year, interval.Month, interval.Day, interval.Hour, interval.Minute, 0, TimeSpan.Zero);
                expected[(meter, minute)] = expected.GetValueOrDefault((meter, minute)) + perStep;
            }
        }

        return expected;
    }

    private void AssertExact(Run run)
    {
        var expected = Expected(run);
        var wrong = expected.Keys.Union(_written.Keys)
            .Where(k => !expected.TryGetValue(k, out var e) || !_written.TryGetValue(k, out var a) || Math.Abs(e - a) > 1e-9)
            .Select(k => $"{k.Meter} {k.Minute:HH:mm}: expected {expected.GetValueOrDefault(k, double.NaN)}, written {_written.GetValueOrDefault(k, double.NaN)}")
            .ToArray();
        Assert.True(wrong.Length == 0, $"{wrong.Length} of {expected.Count} minutes wrong: {string.Join("; ", wrong)}");
    }

    /// <summary>Keeps the last amount written per meter and minute: InfluxDB overwrites a point with the same series and time.</summary>
    private void Record(IReadOnlyList<PointData> points)
    {
        lock (_written)
        {
            foreach (var line in points.Select(p => p.ToLineProtocol(null)))
            {
                var meter = line.Split(' ')[0].Split(',').Single(t => t.StartsWith("meter=", StringComparison.Ordinal))["meter=".Length..];
                var fields = line.Split(' ')[1].Split(',').Select(f => f.Split('=')).ToDictionary(f => f[0], f => f[1]);
                var minute = DateTimeOffset.FromUnixTimeSeconds(long.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture));
                _written[(meter, minute)] = fields.TryGetValue("amount", out var amount) ? double.Parse(amount, CultureInfo.InvariantCulture) : 0;
            }
        }
    }

    /// <summary>
    /// One worker's life over <see cref="Count"/> readings per meter, 10 s apart: live (the clock follows the readings) or
    /// three hours late (an edge agent's buffer), fed in batches of 4 per plant with a flush after each, as the timer would.
    /// </summary>
    private sealed class Run(UsageAggregatorRestartTests test, bool live, long compactBytes, int readings)
    {
        private UsageAggregator _aggregator = test.Start(compactBytes);

        public DateTimeOffset Start { get; } = live ? Now : Now.AddHours(-3);

        public int Count => readings;

        /// <summary>The next reading the broker delivers.</summary>
        public int Next { get; private set; }

        public async Task FeedAsync(int to)
        {
            while (Next <= to)
            {
                var last = Math.Min(to, Next + 3);
                var arrival = Start + (last * Step) + TimeSpan.FromSeconds(1);
                if (live && arrival > test._clock.GetUtcNow())
                {
                    test._clock.SetUtcNow(arrival);
                }

                foreach (var (plant, meter, perStep) in Meters)
                {
                    var batch = Enumerable.Range(Next, last - Next + 1)
                        .Select(k => new Reading(meter, Start + (k * Step), 1_000 + (k * perStep), CanonicalUnits.KilowattHour, ReadingKind.Counter, ReadingQuality.Good))
                        .ToList();
                    await _aggregator.OnAcceptedAsync(new AcceptedBatch("test-park", plant, $"edge-{plant}", $"{plant}-{Next}", batch), CancellationToken.None);
                }

                Next = last + 1;
                await _aggregator.FlushAsync(close: true, CancellationToken.None);
            }
        }

        /// <summary>The worker is away for <paramref name="time"/> (the clock moves on; readings wait in the broker).</summary>
        public void Down(TimeSpan time) => test._clock.Advance(time);

        public async Task RestartAsync(Stop stop, int redeliverFrom)
        {
            if (stop == Stop.Graceful)
            {
                await _aggregator.FlushAsync(close: false, CancellationToken.None);
                _aggregator.Dispose();
            }

            // A killed aggregator is simply abandoned: what it appended reached the operating system, nothing else happens.
            test._clock = new FakeTimeProvider(test._clock.GetUtcNow());
            _aggregator = test.Start(compactBytes);
            await _aggregator.StartAsync(CancellationToken.None);
            await _aggregator.StopAsync(CancellationToken.None);
            Next = Math.Min(Next, redeliverFrom);
        }

        public Task FlushAsync() => _aggregator.FlushAsync(close: false, CancellationToken.None);
    }

    private UsageAggregator Start(long compactBytes)
    {
        var stages = new TestStages(_clock);
        return new(new FakeCatalog(), _sink, Options.Create(new AggregationOptions { JournalDirectory = _journal.FullName, JournalCompactBytes = compactBytes }), _clock,
            stages.Supervisor, stages.Registry);
    }
}
