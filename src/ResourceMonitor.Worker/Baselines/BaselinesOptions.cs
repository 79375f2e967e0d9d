using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Domain.Baselines.Profiles;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>Profile baselines and deviation alerts (configuration section <c>Baselines</c>); docs/baselines.md explains each key.</summary>
public sealed class BaselinesOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Baselines";

    /// <summary>Whether profiles are kept and deviations detected (on by default; reports work either way).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The park's IANA time zone: hours of the week and report days are local.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>How many trailing weeks a profile covers.</summary>
    [Range(1, 104)]
    public int TrailingWeeks { get; set; } = 8;

    /// <summary>Fewest weeks with data an hour of the week needs before it has a band (and can alert).</summary>
    [Range(1, 104)]
    public int MinimumWeeks { get; set; } = 3;

    /// <summary>How often profiles are recomputed from stored data.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How far ahead of now each refresh writes the band (one point per meter and local hour). At least
    /// <see cref="RefreshInterval"/>, so the next refresh always comes before the written band runs out.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "14.00:00:00")]
    public TimeSpan BandHorizon { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Capacity of the detector's input queue (batches); the ingest fan-out waits when it is full.</summary>
    [Range(1, 1_000_000)]
    public int QueueCapacity { get; set; } = 10_000;

    /// <summary>Deviation thresholds and durations.</summary>
    public DeviationOptions Deviation { get; set; } = new();

    /// <summary>The configured time zone; throws naming the key when it is unknown.</summary>
    public TimeZoneInfo ResolveTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException e)
        {
            throw new InvalidOperationException($"Configuration key {Section}:TimeZone = '{TimeZone}' is not a known time zone: use an IANA id such as Asia/Ho_Chi_Minh.", e);
        }
    }
}
