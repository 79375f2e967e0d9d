using Microsoft.Extensions.Logging;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Tests.Supervision;

public sealed class StageSupervisorTests
{
    [Fact]
    public async Task A_stage_that_throws_is_restarted_after_the_backoff_counted_and_logged_as_an_error_naming_it()
    {
        using var harness = new SupervisionHarness();
        var runs = 0;
        var secondRun = new TaskCompletionSource();
        using var stop = new CancellationTokenSource();
        var supervised = harness.Supervisor.RunAsync("feed", StageFailurePolicy.Restart, async token =>
        {
            if (Interlocked.Increment(ref runs) == 1)
            {
                throw new InvalidOperationException("boom");
            }

            secondRun.TrySetResult();
            await Task.Delay(Timeout.Infinite, token);
        }, stop.Token);

        Assert.Equal(1, runs);
        Assert.Equal(StageStates.Restarting, Assert.Single(harness.Stages.Report()).State);
        harness.Time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(1, runs);
        harness.Time.Advance(TimeSpan.FromMilliseconds(1));
        await secondRun.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, runs);
        var report = Assert.Single(harness.Stages.Report());
        Assert.Equal((StageStates.Running, 1, "boom"), (report.State, report.Restarts, report.LastError));
        var restart = Assert.Single(harness.Restarts.GetMeasurementSnapshot());
        Assert.Equal(1, restart.Value);
        Assert.Equal("feed", restart.Tags["stage"]);
        var error = Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("feed", error.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Null(harness.Failure.Stage);
        Assert.False(harness.Lifetime.ApplicationStopping.IsCancellationRequested);

        await stop.CancelAsync();
        await supervised.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_stage_that_cannot_be_restarted_stops_the_host_with_a_non_zero_exit_code()
    {
        using var harness = new SupervisionHarness();

        await harness.Supervisor.RunAsync("ingest", StageFailurePolicy.StopHost, _ => throw new NullReferenceException("ack"), CancellationToken.None)
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("ingest", harness.Failure.Stage);
        Assert.True(harness.Lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Empty(harness.Restarts.GetMeasurementSnapshot());
        var critical = Assert.Single(harness.Logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Critical);
        Assert.Contains("ingest", critical.Message, StringComparison.Ordinal);
        Assert.Equal(StageStates.Failed, Assert.Single(harness.Stages.Report()).State);
    }

    [Fact]
    public async Task A_stage_that_keeps_failing_stops_the_host_once_its_restarts_are_spent()
    {
        using var harness = new SupervisionHarness();
        var runs = 0;
        var supervised = harness.Supervisor.RunAsync("evaluation", StageFailurePolicy.Restart, _ =>
        {
            Interlocked.Increment(ref runs);
            throw new InvalidOperationException("always");
        }, CancellationToken.None);

        for (var i = 0; i < 20 && !supervised.IsCompleted; i++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(8));
            await Task.Yield();
            await Task.Delay(10);
        }

        await supervised.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(4, runs);
        Assert.Equal(3, harness.Restarts.GetMeasurementSnapshot().Count);
        Assert.Equal("evaluation", harness.Failure.Stage);
        Assert.True(harness.Lifetime.ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Cancellation_on_stop_is_a_clean_end_not_a_fault()
    {
        using var harness = new SupervisionHarness();
        using var stop = new CancellationTokenSource();
        var supervised = harness.Supervisor.RunAsync("writer", StageFailurePolicy.StopHost, token => Task.Delay(Timeout.Infinite, token), stop.Token);

        await stop.CancelAsync();
        await supervised.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(harness.Failure.Stage);
        Assert.Empty(harness.Logger.Collector.GetSnapshot());
    }
}
