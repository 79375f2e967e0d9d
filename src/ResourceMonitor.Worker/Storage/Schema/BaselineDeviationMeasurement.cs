namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>baseline_deviation</c>: baseline deviation events (<c>Baselines/DeviationMonitor</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class BaselineDeviationMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "baseline_deviation";

    /// <summary>Tag <c>direction</c>.</summary>
    public const string Direction = "direction";

    /// <summary>Field <c>open</c>.</summary>
    public const string Open = "open";

    /// <summary>Field <c>value</c>.</summary>
    public const string Value = "value";

    /// <summary>Field <c>peak</c>.</summary>
    public const string Peak = "peak";

    /// <summary>Field <c>p10</c>.</summary>
    public const string P10 = "p10";

    /// <summary>Field <c>median</c>.</summary>
    public const string Median = "median";

    /// <summary>Field <c>p90</c>.</summary>
    public const string P90 = "p90";

    /// <summary>Field <c>since_ms</c>.</summary>
    public const string SinceMs = "since_ms";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, SeriesTags.Meter, Direction], [Open, Value, Peak, P10, Median, P90, SinceMs]);
}
