namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>What identifies a reading in InfluxDB: the meter (plant and id) and its timestamp in Unix milliseconds.</summary>
public readonly record struct ReadingKey(string Plant, string Meter, long TimestampMs);
