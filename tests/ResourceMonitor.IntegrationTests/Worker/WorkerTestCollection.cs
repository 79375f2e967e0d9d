namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Worker tests run one class at a time: each starts servers and a worker, and the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class WorkerTestCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "worker";
}
