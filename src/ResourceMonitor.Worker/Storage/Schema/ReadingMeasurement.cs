namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>reading</c>: the raw readings, written by the ingest pipeline (<c>Ingest/ReadingPoint</c>): one point per meter and millisecond. Its tags and fields are documented in docs/storage.md.</summary>
public static class ReadingMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "reading";

    /// <summary>Tag <c>kind</c>.</summary>
    public const string Kind = "kind";

    /// <summary>Field <c>value</c>.</summary>
    public const string Value = "value";

    /// <summary>Field <c>quality</c>.</summary>
    public const string Quality = "quality";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, SeriesTags.Meter, SeriesTags.Resource, Kind], [Value, Quality]);
}
