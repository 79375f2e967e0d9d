using ResourceMonitor.Domain.Aggregation;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>A catalog meter as aggregation sees it: its resource (a tag) and how its values behave.</summary>
public sealed record MeterProfile(string Resource, MeterSeries Series);
