using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Tests.Supervision;

/// <summary>Real hosts: what .NET 10 does when a background service faults, and the exit code the entry points take from it.</summary>
public sealed class HostExitCodeTests
{
    [Fact]
    public async Task A_faulted_stage_of_a_real_host_stops_it_with_a_non_zero_exit_code()
    {
        using var host = BuildHost(services => services.AddHostedService<SupervisedFaultyStage>());

        var exitCode = await HostFailure.RunAsync(host).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HostFailure.StageFaultExitCode, exitCode);
        Assert.Equal("faulty", host.Services.GetRequiredService<HostFailure>().Stage);
    }

    [Fact]
    public async Task Net_stops_the_host_on_an_unsupervised_fault_but_returns_normally_so_the_exit_code_comes_from_the_faulted_service()
    {
        using var host = BuildHost(services => services.AddHostedService<UnsupervisedFaultyStage>());

        // BackgroundServiceExceptionBehavior.StopHost (the default): the host stops and its run returns without throwing,
        // which on its own would exit 0 (seen with IHost.RunAsync on .NET 10.0).
        var exitCode = await HostFailure.RunAsync(host).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(host.Services.GetRequiredService<HostFailure>().Stage);
        Assert.Equal(HostFailure.StageFaultExitCode, exitCode);
    }

    [Fact]
    public async Task A_host_stopped_normally_exits_zero()
    {
        using var host = BuildHost(services => services.AddHostedService<QuietStage>());
        await host.StartAsync();

        await host.StopAsync();

        Assert.Equal(0, HostFailure.ExitCodeOf(host.Services));
    }

    private static IHost BuildHost(Action<IServiceCollection> stages)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddStageSupervision(builder.Configuration.GetSection("Operations"));
        stages(builder.Services);
        return builder.Build();
    }

    private sealed class SupervisedFaultyStage(StageSupervisor supervisor) : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
            supervisor.RunAsync("faulty", StageFailurePolicy.StopHost, async token =>
            {
                await Task.Delay(50, token);
                throw new InvalidOperationException("stage died");
            }, stoppingToken);
    }

    private sealed class UnsupervisedFaultyStage : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(50, stoppingToken);
            throw new InvalidOperationException("stage died");
        }
    }

    private sealed class QuietStage : BackgroundService
    {
        protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Delay(Timeout.Infinite, stoppingToken);
    }
}
