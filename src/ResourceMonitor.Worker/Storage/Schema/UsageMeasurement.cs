namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>usage_1m</c>: per-minute usage, written by the aggregator (<c>Ingest/Aggregation/UsagePoint</c>): one point per meter and minute. Its tags and fields are documented in docs/storage.md.</summary>
public static class UsageMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "usage_1m";

    /// <summary>Field <c>amount</c>.</summary>
    public const string Amount = "amount";

    /// <summary>Field <c>unit</c>.</summary>
    public const string Unit = "unit";

    /// <summary>Field <c>mean_rate</c>.</summary>
    public const string MeanRate = "mean_rate";

    /// <summary>Field <c>min_rate</c>.</summary>
    public const string MinRate = "min_rate";

    /// <summary>Field <c>max_rate</c>.</summary>
    public const string MaxRate = "max_rate";

    /// <summary>Field <c>rate_unit</c>.</summary>
    public const string RateUnit = "rate_unit";

    /// <summary>Field <c>count</c>.</summary>
    public const string Count = "count";

    /// <summary>Field <c>coverage</c>.</summary>
    public const string Coverage = "coverage";

    /// <summary>Field <c>reset</c>.</summary>
    public const string Reset = "reset";

    /// <summary>Field <c>rollover</c>.</summary>
    public const string Rollover = "rollover";

    /// <summary>Field <c>spike</c>.</summary>
    public const string Spike = "spike";

    /// <summary>Field <c>glitch</c>.</summary>
    public const string Glitch = "glitch";

    /// <summary>Field <c>gap</c>.</summary>
    public const string Gap = "gap";

    /// <summary>Field <c>held</c>.</summary>
    public const string Held = "held";

    /// <summary>Field <c>flags</c>.</summary>
    public const string Flags = "flags";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, SeriesTags.Meter, SeriesTags.Resource], [Amount, Unit, MeanRate, MinRate, MaxRate, RateUnit, Count, Coverage, Reset, Rollover, Spike, Glitch, Gap, Held, Flags]);
}
