namespace ResourceMonitor.Domain.Programme;

/// <summary>Where an indicator's value comes from.</summary>
public enum IndicatorSource
{
    /// <summary>Computed from metered data (<c>usage_1m</c>, <c>reading</c>, <c>opportunity</c>) and the park catalog.</summary>
    Metered,

    /// <summary>Recorded by hand through the programme API (land area, social figures): meters do not give it.</summary>
    Manual,
}
