using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Tests.Supervision;

/// <summary>A supervisor on fake time with its registry, metrics, lifetime and a log collector.</summary>
internal sealed class SupervisionHarness : IDisposable
{
    private readonly ServiceProvider _meters = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public SupervisionHarness(SupervisionOptions? options = null)
    {
        var settings = Options.Create(options ?? new SupervisionOptions { RestartMinDelay = TimeSpan.FromSeconds(1), RestartMaxDelay = TimeSpan.FromSeconds(8), MaxRestarts = 3 });
        Stages = new StageRegistry(Time, settings);
        Metrics = new StageMetrics(_meters.GetRequiredService<IMeterFactory>(), Stages);
        Restarts = new MetricCollector<long>(Metrics.Meter, "rm_stage_restarts");
        Supervisor = new StageSupervisor(Stages, Metrics, Failure, Lifetime, settings, Time, Logger);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    public StageRegistry Stages { get; }

    public StageMetrics Metrics { get; }

    public MetricCollector<long> Restarts { get; }

    public HostFailure Failure { get; } = new();

    public ApplicationLifetime Lifetime { get; } = new(NullLogger<ApplicationLifetime>.Instance);

    public FakeLogger<StageSupervisor> Logger { get; } = new();

    public StageSupervisor Supervisor { get; }

    public void Dispose()
    {
        Restarts.Dispose();
        _meters.Dispose();
    }
}
