namespace ResourceMonitor.Contracts.Codec;

/// <summary>Bounds a receiver enforces on v1 payloads, so hostile input costs little and is refused with a reason.</summary>
public sealed record ContractLimits
{
    /// <summary>The defaults: 1 MiB payloads, 10 000 readings a batch, |value| ≤ 1e15.</summary>
    public static ContractLimits Default { get; } = new();

    /// <summary>The largest payload accepted, in bytes.</summary>
    public int MaxPayloadBytes { get; init; } = 1024 * 1024;

    /// <summary>The most readings one batch may carry.</summary>
    public int MaxReadingsPerBatch { get; init; } = 10_000;

    /// <summary>The largest absolute value accepted; beyond it a value is a fault, not a measurement.</summary>
    public double MaxAbsoluteValue { get; init; } = 1e15;

    /// <summary>The earliest timestamp accepted.</summary>
    public DateTimeOffset EarliestTimestamp { get; init; } = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest timestamp accepted (clock-skew checks against "now" are the receiver's, not the codec's).</summary>
    public DateTimeOffset LatestTimestamp { get; init; } = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The deepest JSON nesting accepted: batch object, readings array, reading object.</summary>
    public int MaxDepth { get; init; } = 4;
}
