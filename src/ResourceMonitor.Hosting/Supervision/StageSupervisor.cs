using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting.Progress;

namespace ResourceMonitor.Hosting.Supervision;

/// <summary>
/// Runs every long-running stage of a host (a <c>BackgroundService</c>'s <c>ExecuteAsync</c> calls <see cref="RunAsync"/>):
/// a stage that faults is either restarted after a backoff, counted (<c>rm_stage_restarts{stage}</c>) and logged as an
/// error naming it, or the host stops with <see cref="HostFailure.StageFaultExitCode"/> — never a half-alive process.
/// </summary>
public sealed class StageSupervisor(
    StageRegistry stages,
    StageMetrics metrics,
    HostFailure failure,
    IHostApplicationLifetime lifetime,
    IOptions<SupervisionOptions> options,
    TimeProvider time,
    ILogger<StageSupervisor> logger)
{
    /// <summary>Runs <paramref name="run"/> as stage <paramref name="stage"/> until <paramref name="stoppingToken"/> fires or the host is stopped.</summary>
    public async Task RunAsync(string stage, StageFailurePolicy policy, Func<CancellationToken, Task> run, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var budget = new RestartBudget(settings);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await run(stoppingToken);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                var delay = policy == StageFailurePolicy.Restart ? budget.Next(time.GetUtcNow()) : null;
                stages.Faulted(stage, ex, restarting: delay is not null);
                if (delay is not { } wait)
                {
                    var why = policy == StageFailurePolicy.StopHost ? "cannot be restarted safely in-process" : $"was restarted {budget.Recent} times within {settings.RestartWindow}";
                    SupervisionLog.StoppingHost(logger, ex, stage, why, HostFailure.StageFaultExitCode);
                    failure.Record(stage);
                    lifetime.StopApplication();
                    return;
                }

                metrics.Restarted(stage);
                SupervisionLog.Restarting(logger, ex, stage, wait, budget.Recent, settings.MaxRestarts, settings.RestartWindow);
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                stages.Resumed(stage);
            }
        }
    }
}
