using System.Buffers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NSubstitute;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Ingest.Sequencing;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Tests.Ingest.Sequencing;

public sealed class SequenceAcknowledgerTests : IDisposable
{
    private static readonly AgentLog Dyeing = new("park", "dyeing", "edge-dyeing", "log-a");
    private static readonly AgentLog Steel = new("park", "steel", "edge-steel", "log-s");
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-acknowledger-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly SequenceTracker _tracker = new();
    private readonly List<(string Topic, Acknowledgement Ack, bool Retain, long SavedMark)> _published = [];
    private readonly IParkPublisher _publisher = Substitute.For<IParkPublisher>();
    private readonly SequenceMarksFile _file;

    public SequenceAcknowledgerTests()
    {
        _file = new SequenceMarksFile(Path.Combine(_dir.FullName, "marks.json"));
        _publisher.PublishAsync(default!, default, default, default).ReturnsForAnyArgs(call =>
        {
            var ack = AcknowledgementCodec.Decode(new ReadOnlySequence<byte>(call.ArgAt<ReadOnlyMemory<byte>>(1)), out _)!;
            var saved = _file.Load()!.Single(s => s.Log.Agent == ack.Agent).Mark;
            _published.Add((call.ArgAt<string>(0), ack, call.ArgAt<bool>(2), saved));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Many_batches_within_one_interval_give_one_retained_acknowledgement_per_agent_saved_before_it_is_published()
    {
        using var acknowledger = await StartAsync();
        for (var batch = 0; batch < 50; batch++)
        {
            Complete(Dyeing, (batch * 100) + 1, (batch + 1) * 100);
            Complete(Steel, (batch * 10) + 1, (batch + 1) * 10);
        }

        await TickUntilAsync(() => _published.Count >= 2);

        Assert.Equal(2, _published.Count);
        var dyeing = Assert.Single(_published, p => p.Ack.Agent == "edge-dyeing");
        Assert.Equal(("rm/v1/park/dyeing/ack", "log-a", 5000L, true, 5000L), (dyeing.Topic, dyeing.Ack.Log, dyeing.Ack.Sequence, dyeing.Retain, dyeing.SavedMark));
        Assert.Equal(500, Assert.Single(_published, p => p.Ack.Agent == "edge-steel").Ack.Sequence);
    }

    [Fact]
    public async Task Nothing_is_published_while_nothing_completes()
    {
        using var acknowledger = await StartAsync();
        Complete(Dyeing, 1, 10);
        await TickUntilAsync(() => _published.Count >= 1);

        var ticks = 0;
        await TickUntilAsync(() => ++ticks > 10);

        Assert.Single(_published);
    }

    public void Dispose() => _dir.Delete(recursive: true);

    private void Complete(AgentLog log, long first, long last) =>
        _tracker.Complete(_tracker.Claim(log, new BatchSequence(log.Log, first, last, 0)));

    private async Task<StartedAcknowledger> StartAsync()
    {
        var metrics = new WorkerMetrics(new TestMeterFactory());
        var acknowledger = new SequenceAcknowledger(_tracker, _file, _publisher, Options.Create(new IngestOptions()), metrics, _time, NullLogger<SequenceAcknowledger>.Instance);
        await acknowledger.StartAsync(CancellationToken.None);
        return new StartedAcknowledger(acknowledger);
    }

    // The acknowledger's timer starts on its own task: keep the fake clock moving one interval at a time until the condition holds.
    private async Task TickUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            _time.Advance(TimeSpan.FromMilliseconds(200));
            await Task.Delay(10);
        }
    }

    private sealed class StartedAcknowledger(SequenceAcknowledger acknowledger) : IDisposable
    {
        public void Dispose()
        {
            acknowledger.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
            acknowledger.Dispose();
        }
    }
}
