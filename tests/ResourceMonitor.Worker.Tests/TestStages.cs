using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Worker.Tests;

/// <summary>Stage supervision and progress for components built by hand in unit tests.</summary>
internal sealed class TestStages
{
    private static readonly IOptions<SupervisionOptions> Defaults = Options.Create(new SupervisionOptions());

    public TestStages(TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        Registry = new StageRegistry(time, Defaults);
        Supervisor = new StageSupervisor(
            Registry,
            new StageMetrics(new TestMeterFactory(), Registry),
            Failure,
            new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance),
            Defaults,
            time,
            NullLogger<StageSupervisor>.Instance);
    }

    public StageRegistry Registry { get; }

    public StageSupervisor Supervisor { get; }

    public HostFailure Failure { get; } = new();
}
