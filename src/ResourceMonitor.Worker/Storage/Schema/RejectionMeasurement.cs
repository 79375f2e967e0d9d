namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>rejection</c>: rejected messages per reason (<c>Ingest/RejectionPoint</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class RejectionMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "rejection";

    /// <summary>Tag <c>reason</c>.</summary>
    public const string Reason = "reason";

    /// <summary>Field <c>count</c>.</summary>
    public const string Count = "count";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, Reason], [Count]);
}
