using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Demo;

/// <summary>
/// <c>dotnet run --project src/ResourceMonitor.Demo</c>: the sample park with an embedded broker, simulated edge agents
/// and the worker in one process. Settings: <see cref="DemoOptions"/> (e.g. <c>--Demo:HttpPort=5081</c>); any worker
/// setting can be given too (e.g. <c>--Storage:Url=http://influx:8086</c>).
/// </summary>
public static class DemoProgram
{
    /// <summary>Runs the demo until Ctrl+C.</summary>
    public static async Task<int> Main(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        if (DemoOptionsValidator.Bind(configuration, out var errors) is not { } options)
        {
            foreach (var error in errors)
            {
                await Console.Error.WriteLineAsync(error);
            }

            return 2;
        }

        using var loggerFactory = LoggerFactory.Create(logging => logging.AddSimpleConsole(o => o.SingleLine = true).AddConfiguration(configuration.GetSection("Logging")));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        await using var demo = new ParkDemo(options, args, loggerFactory);
        try
        {
            await demo.StartAsync(stop.Token);
        }
        catch (Exception ex) when (ex is CatalogException or OptionsValidationException)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 2;
        }

        // Written as one block, not through the single-line console logger (which would fold it into one line).
        await Console.Out.WriteLineAsync(demo.Summary!.ToString());
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: fall through to the orderly shutdown in DisposeAsync.
        }

        return 0;
    }
}
