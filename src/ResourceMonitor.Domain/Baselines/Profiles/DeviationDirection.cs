namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>Which side of the usual band a deviation is on.</summary>
public enum DeviationDirection
{
    /// <summary>Above the band (more use than usual: a leak, a machine left on).</summary>
    Above,

    /// <summary>Below the band (less than usual: a stopped line, a failed meter).</summary>
    Below,
}
