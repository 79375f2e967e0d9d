using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Exchanges;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// The command line: <c>report --plant X --from yyyy-MM-dd --to yyyy-MM-dd [--format json|csv|html] [--out FILE]
/// [--baselineFrom …] [--baselineTo …] [--granularity …] [--drivers …] [--cddBase …]</c>, with the worker's own
/// configuration (appsettings, environment, <c>--Storage:Url=…</c>). Writes to stdout without <c>--out</c>.
/// </summary>
public static class ReportCommand
{
    /// <summary>Whether <paramref name="args"/> ask for a report rather than the service.</summary>
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "report";

    /// <summary>Runs the command; returns the process exit code (0 done, 2 bad arguments, 1 data unreadable).</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var options = Options(args.Skip(1).ToArray());
        var configurationArgs = args.Skip(1).Where(a => a.Contains(':', StringComparison.Ordinal)).ToArray();
        // Only what a report needs: the full worker would also connect to the broker and start the pipeline.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configurationArgs, ContentRootPath = AppContext.BaseDirectory });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddCatalog();
        builder.AddExchanges();
        builder.AddReports();
        await using var app = builder.Build();
        var service = app.Services.GetRequiredService<AuditReportService>();
        var settings = app.Services.GetRequiredService<IOptions<ReportsOptions>>().Value;

        var format = ReportFormatParser.Parse(options.GetValueOrDefault("format"));
        var request = ReportRequestParser.TryParse(options.GetValueOrDefault("plant") ?? "", options.GetValueOrDefault, settings, out var error);
        if (format is null || request is null)
        {
            await errors.WriteLineAsync(error ?? "--format must be json, csv or html.");
            await errors.WriteLineAsync("usage: report --plant X --from yyyy-MM-dd --to yyyy-MM-dd [--format json|csv|html] [--out FILE]");
            return 2;
        }

        if (!service.KnowsPlant(request.Plant))
        {
            await errors.WriteLineAsync($"Plant '{request.Plant}' is not in the park catalog.");
            return 2;
        }

        try
        {
            var report = await service.CreateAsync(request, CancellationToken.None);
            var (content, _) = AuditReportService.Render(report, format.Value);
            if (options.GetValueOrDefault("out") is { } path)
            {
                await File.WriteAllTextAsync(path, content);
                await output.WriteLineAsync($"Report written to {path}");
            }
            else
            {
                await output.WriteAsync(content);
            }

            return 0;
        }
        catch (Exception e) when (e is Storage.InfluxQl.InfluxQlException or HttpRequestException)
        {
            await errors.WriteLineAsync($"The report's data could not be read: {e.Message}");
            return 1;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains(':', StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[i + 1];
                i++;
            }
        }

        return options;
    }
}
