using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>The built agent as a process: a stage fault ends it with a non-zero exit code, never half-alive.</summary>
public sealed class EdgeAgentSupervisionTests : IAsyncLifetime
{
    private MosquittoInstance _park = null!;

    public async Task InitializeAsync() => _park = await MosquittoInstance.StartNewAsync();

    public async Task DisposeAsync() => await _park.DisposeAsync();

    [Fact]
    public async Task A_stage_that_keeps_failing_stops_the_agent_with_exit_code_70()
    {
        var simulation = new { Seed = 3, Interval = "00:00:01", Meters = Array.Empty<object>() };
        using var agent = EdgeAgentProcess.Create(_park, _park, "dyeing-01", Array.Empty<object>(), simulation: simulation)
            .ExpectError("Stage edge.health-file failed");

        // The health file cannot be written (no such directory): its stage faults at once, and no restart is allowed.
        agent.Start("--Edge:Operations:HealthFile=/proc/nonexistent/health.json", "--Edge:Operations:MaxRestarts=0");
        var exitCode = await agent.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exitCode == HostFailure.StageFaultExitCode, $"exit code {exitCode?.ToString() ?? "none (still running)"}:\n{agent.AllOutput}");
        Assert.Contains("crit: ResourceMonitor.Hosting.Supervision.StageSupervisor[9301]", agent.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_faulted_stage_within_its_restarts_is_restarted_and_the_agent_keeps_running()
    {
        var simulation = new { Seed = 3, Interval = "00:00:01", Meters = Array.Empty<object>() };
        using var agent = EdgeAgentProcess.Create(_park, _park, "dyeing-01", Array.Empty<object>(), simulation: simulation)
            .ExpectError("Stage edge.health-file failed; restarting it");

        agent.Start("--Edge:Operations:HealthFile=/proc/nonexistent/health.json", "--Edge:Operations:RestartMinDelay=00:00:00.100",
            "--Edge:Operations:RestartMaxDelay=00:00:00.200", "--Edge:Operations:MaxRestarts=1000");
        await agent.WaitUntilLoggedAsync("restart 3 of at most 1000", TimeSpan.FromSeconds(60));

        Assert.Null(await agent.WaitForExitAsync(TimeSpan.FromSeconds(1)));
    }
}
