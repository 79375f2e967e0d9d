using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Tests.Ingest;

public sealed class RejectionReporterTests : IDisposable
{
    private readonly TestMeterFactory _meters = new();

    public void Dispose() => _meters.Dispose();

    private RejectionReporter Reporter(RecordingRejectionOutputs outputs, int capacity = 10_000) =>
        new(outputs, outputs, Options.Create(new IngestOptions { RejectionNoticeCapacity = capacity, RejectionFlushTimeout = TimeSpan.FromSeconds(5) }), new WorkerMetrics(_meters), TimeProvider.System, new TestStages().Supervisor, new TestStages().Registry, NullLogger<RejectionReporter>.Instance);

    private static Admission Bad(int i, RejectReason reason = RejectReason.InvalidUnit) =>
        new("rm/v1/park/dyeing/readings", "park", "dyeing", "agent", $"batch-{i}", [], [new Rejection(reason, "unit 'gallons' is not canonical", "$.readings[0].unit")]);

    /// <summary>Starts the loop and waits until it took a first notice (a stop before the loop ever ran would flush nothing).</summary>
    private static async Task StartAsync(RejectionReporter reporter)
    {
        await reporter.StartAsync(CancellationToken.None);
        reporter.Report(Bad(0), Bad(0).Rejections, 0);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (reporter.QueuedNotices > 0)
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    [Fact]
    public void A_full_notice_queue_drops_and_counts_per_reason_while_every_rejection_is_still_counted()
    {
        using var dropped = new MetricCollector<long>(_meters, WorkerMetrics.MeterName, "rm_rejection_notices_dropped");
        using var rejected = new MetricCollector<long>(_meters, WorkerMetrics.MeterName, "rm_readings_rejected");
        using var reporter = Reporter(new RecordingRejectionOutputs(), capacity: 3);

        for (var i = 0; i < 10; i++)
        {
            var admission = Bad(i, i % 2 == 0 ? RejectReason.InvalidUnit : RejectReason.MissingField);
            reporter.Report(admission, admission.Rejections, 0);
        }

        Assert.Equal(10, rejected.GetMeasurementSnapshot().EvaluateAsCounter());
        Assert.Equal(3, reporter.QueuedNotices);
        var drops = dropped.GetMeasurementSnapshot();
        Assert.Equal(7, drops.EvaluateAsCounter());
        Assert.All(drops, m => Assert.Equal("queue_full", m.Tags["stage"]));
        Assert.Equal(3, drops.Where(m => (string?)m.Tags["reason"] == RejectReason.InvalidUnit.Code()).Sum(m => m.Value)); // 4, 6, 8
        Assert.Equal(4, drops.Where(m => (string?)m.Tags["reason"] == RejectReason.MissingField.Code()).Sum(m => m.Value)); // 3, 5, 7, 9
    }

    [Fact]
    public async Task Queued_notices_are_sent_in_batches_with_one_write_for_many_and_flushed_on_shutdown()
    {
        var outputs = new RecordingRejectionOutputs { Holding = true };
        using var reporter = Reporter(outputs);
        await StartAsync(reporter);

        for (var i = 1; i < 2_000; i++)
        {
            reporter.Report(Bad(i), Bad(i).Rejections, 0);
        }

        outputs.Release();
        await reporter.StopAsync(CancellationToken.None);

        Assert.Equal(2_000, outputs.Published.Count);
        Assert.Equal(2_000, outputs.StoredPoints);
        Assert.True(outputs.Writes.Count <= 6, $"{outputs.Writes.Count} writes for 2,000 notices");
        Assert.Equal(0, reporter.QueuedNotices);
    }

    [Fact]
    public async Task Notices_a_stuck_broker_keeps_past_the_flush_deadline_are_counted_as_dropped_and_still_stored()
    {
        using var dropped = new MetricCollector<long>(_meters, WorkerMetrics.MeterName, "rm_rejection_notices_dropped");
        var outputs = new RecordingRejectionOutputs { Holding = true };
        using var reporter = new RejectionReporter(outputs, outputs, Options.Create(new IngestOptions { RejectionFlushTimeout = TimeSpan.FromMilliseconds(200) }), new WorkerMetrics(_meters), TimeProvider.System, new TestStages().Supervisor, new TestStages().Registry, NullLogger<RejectionReporter>.Instance);
        await StartAsync(reporter);
        for (var i = 1; i < 50; i++)
        {
            reporter.Report(Bad(i), Bad(i).Rejections, 0);
        }

        await reporter.StopAsync(CancellationToken.None);

        Assert.Empty(outputs.Published);
        Assert.Equal(50, outputs.StoredPoints);
        Assert.Equal(50, dropped.GetMeasurementSnapshot().Where(m => (string?)m.Tags["stage"] == "unpublished").Sum(m => m.Value));
    }
}
