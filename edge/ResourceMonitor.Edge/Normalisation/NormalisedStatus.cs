namespace ResourceMonitor.Edge.Normalisation;

/// <summary>What normalisation did with one value.</summary>
public enum NormalisedStatus
{
    /// <summary>A reading to buffer and forward.</summary>
    Accepted,

    /// <summary>An exact duplicate of the previous reading of the meter: dropped, counted.</summary>
    Duplicate,

    /// <summary>Refused with a reason (timestamp out of range, not a number, negative counter).</summary>
    Rejected,
}
