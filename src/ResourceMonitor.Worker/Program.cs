namespace ResourceMonitor.Worker;

/// <summary>The worker's entry point.</summary>
public static class WorkerProgram
{
    /// <summary>Runs the worker host until it is stopped.</summary>
    public static async Task Main(string[] args)
    {
        if (Reports.ReportCommand.Matches(args))
        {
            Environment.ExitCode = await Reports.ReportCommand.RunAsync(args, Console.Out, Console.Error);
            return;
        }

        if (Catalog.BrokerAclCommand.Matches(args))
        {
            Environment.ExitCode = await Catalog.BrokerAclCommand.RunAsync(args, Console.Out, Console.Error);
            return;
        }

        await using var app = WorkerApp.Build(WorkerApp.CreateBuilder(args));

        // A stage fault stops the host, and .NET's RunAsync then returns normally (exit code 0); systemd and compose restart
        // only a process that exits non-zero.
        Environment.ExitCode = await Hosting.Supervision.HostFailure.RunAsync(app);
    }
}
