using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Keeps <see cref="ProfileStore"/> current: loads at start, then every <see cref="BaselinesOptions.RefreshInterval"/>.
/// After each tick it writes the live band ahead (<see cref="BaselineBandWriter"/>), also when the load failed but earlier
/// profiles are kept, so the band never runs out while InfluxDB's reads are away.
/// </summary>
public sealed partial class ProfileRefresher(
    ProfileLoader loader,
    ProfileStore store,
    BaselineBandWriter bands,
    IOptions<BaselinesOptions> options,
    TimeProvider time,
    StageSupervisor supervisor,
    ILogger<ProfileRefresher> logger) : BackgroundService
{
    /// <summary>Loads the profiles once now and writes the band ahead (also used by tests and the first tick).</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (store.Count > 0)
        {
            await bands.WriteAsync(store.All, cancellationToken);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var profiles = await loader.LoadAsync(cancellationToken);
            store.Replace(profiles);
            LogRefreshed(profiles.Count);
        }
        catch (Exception e) when (e is HttpRequestException or InfluxQlException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // InfluxDB away is an outage, not a bug: keep the last profiles and try again next tick.
            LogRefreshFailed(e.Message);
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        supervisor.RunAsync(StageNames.Profiles, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        await RefreshAsync(stoppingToken);
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RefreshAsync(stoppingToken);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Hour-of-week profiles refreshed for {Meters} meters")]
    private partial void LogRefreshed(int meters);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Hour-of-week profiles not refreshed (keeping the previous ones): {Error}")]
    private partial void LogRefreshFailed(string error);
}
