using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Edge.Health;

/// <summary>
/// The agent's liveness signal (it has no HTTP port): every <see cref="HealthFileOptions.HealthInterval"/> it replaces
/// <see cref="HealthFileOptions.HealthFile"/> with the same per-stage figures the worker's <c>/health/ready</c> shows, and
/// <c>"status":"Unhealthy"</c> naming any stalled stage. A container health check or a systemd watchdog script checks that
/// the file is fresh and healthy.
/// </summary>
public sealed partial class HealthFileWriter(
    StageRegistry stages,
    StageSupervisor supervisor,
    IOptions<HealthFileOptions> options,
    TimeProvider time,
    ILogger<HealthFileWriter> logger) : BackgroundService
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The file's full path.</summary>
    public string FilePath { get; } = Path.GetFullPath(options.Value.HealthFile);

    /// <summary>Writes the file once now (atomically: a reader never sees half of it).</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var reports = stages.Report();
        var stalled = reports.Where(r => r.Stalled).Select(r => $"stage {r.Name} {r.State}: {r.Reason}").ToArray();
        var health = new
        {
            Status = stalled.Length == 0 ? "Healthy" : "Unhealthy",
            Description = stalled.Length == 0 ? "every stage making progress" : string.Join("; ", stalled),
            WrittenAt = time.GetUtcNow(),
            Stages = reports,
        };
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var temporary = FilePath + ".tmp";
        await File.WriteAllBytesAsync(temporary, JsonSerializer.SerializeToUtf8Bytes(health, Json), cancellationToken);
        File.Move(temporary, FilePath, overwrite: true);
        if (stalled.Length > 0)
        {
            LogUnhealthy(logger, health.Description);
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        supervisor.RunAsync(EdgeStageNames.HealthFile, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.HealthInterval, time);
        do
        {
            await WriteAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3600, Level = LogLevel.Warning, Message = "Agent unhealthy: {Description}")]
    private static partial void LogUnhealthy(ILogger logger, string description);
}
