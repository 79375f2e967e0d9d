namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>The tags several measurements share, named once: a dashboard or query joins measurements on them.</summary>
public static class SeriesTags
{
    /// <summary>Tag <c>park</c>: the park id.</summary>
    public const string Park = "park";

    /// <summary>Tag <c>plant</c>: the plant id.</summary>
    public const string Plant = "plant";

    /// <summary>Tag <c>meter</c>: the meter id.</summary>
    public const string Meter = "meter";

    /// <summary>Tag <c>resource</c>: the meter's or flow's resource.</summary>
    public const string Resource = "resource";

    /// <summary>Tag <c>unit</c>: the series' unit.</summary>
    public const string Unit = "unit";
}
