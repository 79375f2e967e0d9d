namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>What a plant is shown of another plant: its id and name, nothing of its meters.</summary>
public sealed record PlantRef(string Id, string Name);
