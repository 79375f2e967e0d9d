using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>A message admitted and handed to the writer, waiting (in arrival order) for durability before its acknowledgement.</summary>
internal sealed record PendingAcknowledgement(InboundMessage Message, Admission Admission, Task<PointWriteReport> Durable);
