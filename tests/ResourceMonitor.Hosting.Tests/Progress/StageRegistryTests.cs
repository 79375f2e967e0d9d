using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Tests.Progress;

public sealed class StageRegistryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly StageRegistry _stages;

    public StageRegistryTests() =>
        _stages = new StageRegistry(_time, Options.Create(new SupervisionOptions { StallAfter = TimeSpan.FromMinutes(2) }));

    [Fact]
    public void A_stage_with_work_waiting_and_no_progress_past_the_stall_time_is_stalled_and_named()
    {
        var ack = _stages.Register("ingest.acknowledgement");
        ack.Received(5);
        ack.Completed(2);

        _time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));

        var report = Assert.Single(_stages.Report());
        Assert.Equal("ingest.acknowledgement", report.Name);
        Assert.Equal(StageStates.Stalled, report.State);
        Assert.True(report.Stalled);
        Assert.Equal(3, report.Waiting);
        Assert.Contains("3 waiting", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stage_making_progress_is_running_however_much_waits()
    {
        var writer = _stages.Register("storage.writer");
        writer.Received(1000);
        for (var i = 0; i < 10; i++)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            writer.Completed(10);
        }

        Assert.Equal(StageStates.Running, Assert.Single(_stages.Report()).State);
    }

    [Fact]
    public void An_idle_stage_is_not_stalled_and_new_work_after_a_long_idle_starts_the_clock_afresh()
    {
        var admission = _stages.Register("ingest.admission");
        admission.Received();
        admission.Completed();
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(StageStates.Running, Assert.Single(_stages.Report()).State);

        admission.Received();
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(StageStates.Running, Assert.Single(_stages.Report()).State);

        _time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal(StageStates.Stalled, Assert.Single(_stages.Report()).State);
    }

    [Fact]
    public void A_periodic_stage_that_has_not_run_for_its_period_plus_the_stall_time_is_stalled()
    {
        var evaluation = _stages.Register("symbiosis.evaluation", TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(1));
        evaluation.Ran();

        _time.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(StageStates.Running, Assert.Single(_stages.Report()).State);

        _time.Advance(TimeSpan.FromSeconds(1));
        var report = Assert.Single(_stages.Report());
        Assert.Equal(StageStates.Stalled, report.State);
        Assert.Contains("has not run", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_periodic_stage_that_never_ran_is_stalled_counted_from_registration()
    {
        _stages.Register("aggregation", TimeSpan.FromSeconds(2));

        _time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(3));

        Assert.Equal(StageStates.Stalled, Assert.Single(_stages.Report()).State);
    }

    [Fact]
    public void Registering_a_name_twice_gives_the_same_progress()
    {
        Assert.Same(_stages.Register("rejections"), _stages.Register("rejections"));
    }
}
