using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Writes the live band (<see cref="BaselineBandSchedule"/>) of the catalog's meters through <see cref="IPointSink"/>
/// (InfluxDB or the spool), so dashboards can draw each meter's level against its usual band. Meters with a profile
/// but no longer in the catalog are left out: the catalog names their resource and unit, and a meter taken out of
/// service needs no band ahead.
/// </summary>
public sealed partial class BaselineBandWriter(
    IReadingCatalog catalog,
    IPointSink sink,
    IOptions<BaselinesOptions> options,
    TimeProvider time,
    ILogger<BaselineBandWriter> logger)
{
    /// <summary>Writes the bands of <paramref name="profiles"/> from the current local hour through the horizon; returns how many points.</summary>
    public async Task<int> WriteAsync(IReadOnlyDictionary<MeterKey, HourOfWeekProfile> profiles, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var meters = new List<BandMeter>(profiles.Count);
        foreach (var (key, profile) in profiles)
        {
            if (key.Park == catalog.ParkId && catalog.Describe(key.Plant, key.Meter) is { } described)
            {
                meters.Add(new BandMeter(key, described.Resource, described.Series.RateUnit, profile));
            }
        }

        var now = time.GetUtcNow();
        var points = BaselineBandSchedule.For(meters, now, settings.BandHorizon, settings.ResolveTimeZone())
            .Select(band => BaselineBandPoint.Create(band))
            .ToList();
        if (points.Count > 0)
        {
            await sink.WriteAsync(points, cancellationToken);
        }

        LogBandWritten(points.Count, meters.Count, profiles.Count - meters.Count, settings.BandHorizon);
        return points.Count;
    }

    [LoggerMessage(EventId = 6010, Level = LogLevel.Information, Message = "Live baseline band written: {Points} points for {Meters} meters through {Horizon} ahead ({NotInCatalog} profiled meters not in the catalog)")]
    private partial void LogBandWritten(int points, int meters, int notInCatalog, TimeSpan horizon);
}
