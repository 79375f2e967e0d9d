using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// The readings of one message that passed decoding, catalog validation and deduplication, handed to the consumers
/// after they are durable (in InfluxDB or in the spool). Redelivered batches and repeated readings never reach here twice.
/// </summary>
/// <param name="Park">The park of the topic.</param>
/// <param name="Plant">The plant of the topic (checked against the catalog).</param>
/// <param name="Agent">The publishing agent.</param>
/// <param name="BatchId">The batch id.</param>
/// <param name="Readings">The accepted readings, in payload order.</param>
public sealed record AcceptedBatch(string Park, string Plant, string Agent, string BatchId, IReadOnlyList<Reading> Readings);
