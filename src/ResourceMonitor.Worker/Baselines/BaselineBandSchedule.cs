using ResourceMonitor.Domain.Calendar;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Which band points a refresh writes: for every meter, one per local hour from the start of the hour containing
/// <c>now</c> through <c>now + horizon</c>, each with its hour of the week's band. Hours without a band (too few weeks
/// of data) get none, so a chart shows a gap rather than an invented band. Past hours are never produced: the points
/// already written for them keep the band that was in force.
/// </summary>
public static class BaselineBandSchedule
{
    /// <summary>The bands of <paramref name="meters"/> for the local hours of <paramref name="timeZone"/> from now through the horizon.</summary>
    public static IEnumerable<BaselineBand> For(IEnumerable<BandMeter> meters, DateTimeOffset now, TimeSpan horizon, TimeZoneInfo timeZone)
    {
        var hours = LocalHours.Starting(now, now + horizon, timeZone).ToList();
        foreach (var meter in meters)
        {
            foreach (var start in hours)
            {
                if (meter.Profile.BandAt(start) is { } band)
                {
                    yield return new BaselineBand(meter.Meter, meter.Resource, meter.Unit, start, band);
                }
            }
        }
    }
}
