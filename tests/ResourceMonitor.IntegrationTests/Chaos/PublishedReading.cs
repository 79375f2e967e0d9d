namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>One reading the load put on the factory broker, and whether the broker acknowledged it (PUBACK).</summary>
public sealed record PublishedReading(ReadingKey Key, double Value, bool Acknowledged);
