namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>baseline_savings</c>: the audit series' daily actual, predicted, savings, CUSUM and EnPI (<c>Reports/Series/AuditSeriesPoints</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class BaselineSavingsMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "baseline_savings";

    /// <summary>Field <c>actual</c>.</summary>
    public const string Actual = "actual";

    /// <summary>Field <c>predicted</c>.</summary>
    public const string Predicted = "predicted";

    /// <summary>Field <c>savings</c>.</summary>
    public const string Savings = "savings";

    /// <summary>Field <c>cusum</c>.</summary>
    public const string Cusum = "cusum";

    /// <summary>Field <c>production</c>.</summary>
    public const string Production = "production";

    /// <summary>Field <c>enpi</c>.</summary>
    public const string Enpi = "enpi";

    /// <summary>Field <c>baseline_enpi</c>.</summary>
    public const string BaselineEnpi = "baseline_enpi";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, SeriesTags.Resource, SeriesTags.Unit], [Actual, Predicted, Savings, Cusum, Production, Enpi, BaselineEnpi]);
}
