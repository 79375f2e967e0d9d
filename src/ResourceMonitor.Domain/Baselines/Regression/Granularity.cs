namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>The length of one observation period of a regression baseline.</summary>
public enum Granularity
{
    /// <summary>One observation per hour.</summary>
    Hourly,

    /// <summary>One observation per local day.</summary>
    Daily,

    /// <summary>One observation per ISO week (Monday to Sunday, local time).</summary>
    Weekly,

    /// <summary>One observation per calendar month (local time).</summary>
    Monthly,
}
