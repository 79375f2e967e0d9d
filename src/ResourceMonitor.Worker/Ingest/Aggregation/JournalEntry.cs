namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// One line of the aggregator's journal: a state change of one meter's window, so that replaying the journal in order
/// rebuilds the windows exactly as they were (<see cref="JournalReading"/>, <see cref="JournalHorizon"/>).
/// </summary>
internal abstract record JournalEntry(MeterKey Meter);
