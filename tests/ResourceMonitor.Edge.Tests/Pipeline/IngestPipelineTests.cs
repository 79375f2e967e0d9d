using System.Diagnostics.Metrics;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Domain.Units;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Edge.Normalisation;
using ResourceMonitor.Edge.Pipeline;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Edge.Tests.Pipeline;

/// <summary>The pipeline with a real disk buffer: what it refuses is never acknowledged nor remembered; what it cannot normalise is rejected, not fatal.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly MeterBinding Meter = new("m1", ReadingKind.Counter, UnitResolver.Resolve("Wh", ReadingKind.Counter).Conversion!, CounterSpec.Unknown);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-edge-pipeline-");
    private readonly FakeTimeProvider _time = new(Now);
    private readonly List<int> _acknowledged = [];
    private readonly List<int> _refused = [];

    [Fact]
    public async Task Messages_the_full_buffer_refuses_are_not_acknowledged_and_are_taken_when_they_come_again()
    {
        using var log = ReadingLog.Open(new BufferOptions { Directory = _dir.FullName, QuotaBytes = 16 * 1024, SegmentBytes = 4096 }, NullLogger.Instance);
        var perReading = ReadingRecord.MaxSize(Meter.Meter, Meter.Conversion.CanonicalUnit);
        var fits = (int)(log.FreeBytes / perReading);
        var queue = new IngestQueue();
        using var meters = new TestMeters();
        using var pipeline = Pipeline(queue, log, meters, out _, out _);
        for (var i = 0; i < fits + 20; i++)
        {
            await queue.Writer.WriteAsync(Message(i));
        }

        // Queued first, so the pipeline takes them as one group.
        await pipeline.StartAsync(CancellationToken.None);

        await WaitForAsync(() => _acknowledged.Count + _refused.Count == fits + 20);
        Assert.Equal(Enumerable.Range(0, fits), _acknowledged);
        Assert.Equal(Enumerable.Range(fits, 20), _refused);
        Assert.Equal(fits, log.LastSequence);

        // Room again (the park acknowledged everything): the refused messages come again and are buffered, not dropped as repeats.
        log.Release(log.LastSequence);
        for (var i = fits; i < fits + 20; i++)
        {
            await queue.Writer.WriteAsync(Message(i));
        }

        await WaitForAsync(() => _acknowledged.Count == fits + 20);
        await pipeline.StopAsync(CancellationToken.None);
        Assert.Equal(Enumerable.Range(0, fits + 20), _acknowledged);
        Assert.Equal(fits + 20, log.LastSequence);
    }

    [Fact]
    public async Task A_value_the_normaliser_throws_on_is_rejected_with_a_reason_and_the_others_are_buffered_and_acknowledged()
    {
        using var log = ReadingLog.Open(new BufferOptions { Directory = _dir.FullName }, NullLogger.Instance);
        var queue = new IngestQueue();
        using var meters = new TestMeters();
        using var pipeline = Pipeline(queue, log, meters, out var stages, out var notices);

        // A register the counter interpreter refuses (RegisterMax must be positive): Normalise throws for this meter only.
        var broken = Meter with { Meter = "m-broken", Counter = new CounterSpec(RegisterMax: -1) };
        await queue.Writer.WriteAsync(Message(0) with { Values = [new MeterValue(broken, 5, Now.AddMinutes(-1), Now), .. Message(0).Values] });
        await queue.Writer.WriteAsync(Message(1));
        await pipeline.StartAsync(CancellationToken.None);

        await WaitForAsync(() => _acknowledged.Count == 2);
        await pipeline.StopAsync(CancellationToken.None);
        Assert.Equal([0, 1], _acknowledged);
        Assert.Equal(2, log.LastSequence);
        Assert.True(notices.Reader.TryRead(out var notice));
        Assert.Contains("meter m-broken: normalisation failed on this value (ArgumentOutOfRangeException", notice.Reason, StringComparison.Ordinal);
        var ingest = Assert.Single(stages.Report(), r => r.Name == EdgeStageNames.Ingest);
        Assert.Equal(StageStates.Running, ingest.State);
        Assert.Equal(0, ingest.Restarts);
        Assert.Equal(2, ingest.Completed);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private IngestPipeline Pipeline(IngestQueue queue, ReadingLog log, TestMeters meters, out StageRegistry stages, out RejectionNotices notices)
    {
        var normaliser = new Normaliser(Options.Create(new NormalisationOptions()), _time);
        var metrics = new EdgeMetrics(meters, log);
        var supervision = Options.Create(new SupervisionOptions());
        stages = new StageRegistry(_time, supervision);
        var supervisor = new StageSupervisor(stages, new StageMetrics(meters, stages), new HostFailure(),
            new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance), supervision, _time, NullLogger<StageSupervisor>.Instance);
        notices = new RejectionNotices(metrics, Options.Create(new EdgeOptions()), _time, NullLogger<RejectionNotices>.Instance);
        return new IngestPipeline(queue, normaliser, log, notices, metrics, supervisor, stages, NullLogger<IngestPipeline>.Instance);
    }

    private IngestItem Message(int i) => new(
        "factory/m1/energy",
        [new MeterValue(Meter, 1000 + (10 * i), Now.AddMinutes(-60).AddSeconds(i), Now)],
        _ =>
        {
            lock (_acknowledged)
            {
                _acknowledged.Add(i);
            }

            return Task.CompletedTask;
        },
        Refuse: () =>
        {
            lock (_refused)
            {
                _refused.Add(i);
            }
        });

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }
    }

    private sealed class TestMeters : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
