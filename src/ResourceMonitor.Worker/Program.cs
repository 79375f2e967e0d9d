namespace ResourceMonitor.Worker;

/// <summary>The worker's entry point.</summary>
public static class WorkerProgram
{
    /// <summary>Runs the worker host until it is stopped.</summary>
    public static async Task Main(string[] args)
    {
        await using var app = WorkerApp.Build(WorkerApp.CreateBuilder(args));
        await app.RunAsync();
    }
}
