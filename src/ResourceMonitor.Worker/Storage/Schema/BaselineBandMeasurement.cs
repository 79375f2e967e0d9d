namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>baseline_band</c>: the live band per meter and local hour (<c>Baselines/BaselineBandPoint</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class BaselineBandMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "baseline_band";

    /// <summary>Field <c>p10</c>.</summary>
    public const string P10 = "p10";

    /// <summary>Field <c>median</c>.</summary>
    public const string Median = "median";

    /// <summary>Field <c>p90</c>.</summary>
    public const string P90 = "p90";

    /// <summary>Field <c>samples</c>.</summary>
    public const string Samples = "samples";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, SeriesTags.Meter, SeriesTags.Resource, SeriesTags.Unit], [P10, Median, P90, Samples]);
}
