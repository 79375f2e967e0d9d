namespace ResourceMonitor.Contracts;

/// <summary>A parsed per-plant topic.</summary>
public readonly record struct PlantTopic(string Park, string Plant, TopicKind Kind);
