namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>What one <c>usage_1m</c> point must hold: readings stamped in the minute, and the quantity used in it (null when the meter has none).</summary>
public sealed record ExpectedMinute(int Count, double? Amount);
