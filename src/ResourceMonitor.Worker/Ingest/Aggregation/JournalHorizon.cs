namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// Where a meter's open minutes start from now on: written when its window opens and each time minutes close, so a replay
/// reopens exactly the minutes that were open (no more: a closed minute is final; no fewer: an open one stays exact).
/// </summary>
internal sealed record JournalHorizon(MeterKey Meter, DateTimeOffset Horizon) : JournalEntry(Meter);
