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

        await using var app = WorkerApp.Build(WorkerApp.CreateBuilder(args));
        await app.RunAsync();
    }
}
