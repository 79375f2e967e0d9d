using ResourceMonitor.Edge.Cli;

namespace ResourceMonitor.Edge;

/// <summary>The edge agent's entry point: the agent, or the <c>map</c> subcommand.</summary>
public static class EdgeProgram
{
    /// <summary>Runs the agent host, or a CLI subcommand.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == MapCommand.Name)
        {
            return await MapCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
        }

        // A stage fault stops the host, and .NET's RunAsync then returns normally (exit code 0); systemd and compose restart
        // only a process that exits non-zero.
        using var host = EdgeAgentHost.CreateBuilder(args).Build();
        return await Hosting.Supervision.HostFailure.RunAsync(host);
    }
}
