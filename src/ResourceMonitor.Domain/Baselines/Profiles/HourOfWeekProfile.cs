namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>
/// A meter's robust hour-of-week profile: for each of the 168 hours of the week, the median and P10–P90 band of the
/// trailing weeks, or null where too few weeks had data to say what is usual.
/// </summary>
public sealed record HourOfWeekProfile(string Meter, TimeZoneInfo TimeZone, IReadOnlyList<ProfileBand?> Bands)
{
    /// <summary>The band of the hour containing <paramref name="instant"/>, or null when that hour has no profile.</summary>
    public ProfileBand? BandAt(DateTimeOffset instant) => Bands[HourOfWeek.Of(instant, TimeZone)];
}
