namespace ResourceMonitor.Contracts;

/// <summary>How far a reading can be trusted.</summary>
public enum ReadingQuality
{
    /// <summary>Measured; the default.</summary>
    Good,

    /// <summary>Estimated or substituted by the device or the edge agent.</summary>
    Estimated,

    /// <summary>Measured, but flagged as doubtful (e.g. a counter reset or a spike was detected).</summary>
    Suspect,
}
