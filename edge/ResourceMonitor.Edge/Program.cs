namespace ResourceMonitor.Edge;

/// <summary>The edge agent's entry point.</summary>
public static class EdgeProgram
{
    /// <summary>Runs the edge agent host.</summary>
    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        using var host = builder.Build();
        await host.RunAsync();
    }
}
