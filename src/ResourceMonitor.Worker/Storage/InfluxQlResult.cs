namespace ResourceMonitor.Worker.Storage;

/// <summary>The series an InfluxQL statement returned.</summary>
public sealed record InfluxQlResult(IReadOnlyList<InfluxQlSeries> Series);

/// <summary>One series: its measurement name, tags, column names and rows (values as JSON scalars: string, double, bool or null).</summary>
public sealed record InfluxQlSeries(string Name, IReadOnlyDictionary<string, string> Tags, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Values);
