namespace ResourceMonitor.LoadTest;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/ResourceMonitor.LoadTest -- [options]</c>: measures the two ceilings and the
/// published worker side by side and prints one table (docs/performance.md). Needs mosquitto, influxd, nginx and
/// <c>scripts/publish</c>'s output.
/// </summary>
public static class LoadProgram
{
    /// <summary>Entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        var loadAverage = ProcessUsage.LoadAverage();
        var repetitions = await LoadRun.RunAsync(options, Console.WriteLine, CancellationToken.None);
        Console.WriteLine();
        Console.WriteLine(ResultTable.Render(repetitions, options, new SyntheticPark(options.Plants, options.Meters), loadAverage));
        return 0;
    }
}
