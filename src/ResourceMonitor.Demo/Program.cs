namespace ResourceMonitor.Demo;

/// <summary>The park demo's entry point.</summary>
public static class DemoProgram
{
    /// <summary>Runs the demo.</summary>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        await app.RunAsync();
    }
}
