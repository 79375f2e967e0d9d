namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>One measurement's name with the tags and fields the worker writes to it (queries and dashboards may use no others).</summary>
/// <param name="Name">The measurement name.</param>
/// <param name="Tags">Its tag keys.</param>
/// <param name="Fields">Its field keys (some are written only when they have a value).</param>
public sealed record MeasurementSchema(string Name, IReadOnlyList<string> Tags, IReadOnlyList<string> Fields)
{
    /// <summary>Whether <paramref name="key"/> is one of its tags or fields.</summary>
    public bool Defines(string key) => Tags.Contains(key, StringComparer.Ordinal) || Fields.Contains(key, StringComparer.Ordinal);
}
