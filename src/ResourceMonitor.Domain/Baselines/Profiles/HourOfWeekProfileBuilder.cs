using MathNet.Numerics.Statistics;

namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>
/// Builds hour-of-week profiles from hourly values with MathNet's order statistics (median and quantiles are robust:
/// one holiday or one leak in the trailing weeks does not move the usual level as a mean would).
/// </summary>
public static class HourOfWeekProfileBuilder
{
    /// <summary>Builds <paramref name="meter"/>'s profile; an hour needs <paramref name="minimumWeeks"/> samples to get a band.</summary>
    public static HourOfWeekProfile Build(string meter, TimeZoneInfo timeZone, IEnumerable<HourlyValue> hourly, int minimumWeeks)
    {
        var samples = new List<double>[HourOfWeek.Count];
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = [];
        }

        foreach (var value in hourly.Where(v => double.IsFinite(v.Value)))
        {
            samples[HourOfWeek.Of(value.Start, timeZone)].Add(value.Value);
        }

        var bands = samples
            .Select(s => s.Count >= minimumWeeks && s.Count > 0
                ? new ProfileBand(s.Quantile(0.10), s.Median(), s.Quantile(0.90), s.Count)
                : null)
            .ToList();
        return new HourOfWeekProfile(meter, timeZone, bands);
    }
}
