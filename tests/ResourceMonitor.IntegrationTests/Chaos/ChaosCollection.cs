namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>The chaos run starts seven processes and drives 220 readings/s: it runs alone, after the parallel tests, so its timings are its own.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ChaosCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Chaos";
}
