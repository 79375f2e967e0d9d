using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>What the admission stage made of one message.</summary>
/// <param name="Topic">The message's topic.</param>
/// <param name="Park">The topic's park, when the topic parsed.</param>
/// <param name="Plant">The topic's plant, when the topic parsed.</param>
/// <param name="Agent">The batch's agent, when it decoded.</param>
/// <param name="BatchId">The batch id, when it decoded.</param>
/// <param name="Accepted">New, valid readings to store.</param>
/// <param name="Rejections">Why the message, or some of its readings, were refused.</param>
/// <param name="Redelivered">True when the batch id was already taken: nothing is stored, the message is only acknowledged.</param>
/// <param name="Duplicates">Readings dropped as repeats of a (meter, timestamp) or a sequence number already taken.</param>
/// <param name="Sequence">For a sequenced batch, the numbers it took: completed once durable (then acknowledged end to end), abandoned if the write fails.</param>
public sealed record Admission(
    string Topic,
    string? Park,
    string? Plant,
    string? Agent,
    string? BatchId,
    IReadOnlyList<AdmittedReading> Accepted,
    IReadOnlyList<Rejection> Rejections,
    bool Redelivered = false,
    int Duplicates = 0,
    Sequencing.SequenceClaim? Sequence = null)
{
    /// <summary>The deduplication keys this message holds while in flight (null when it took none: refused or redelivered).</summary>
    internal DedupeClaim? Claim { get; init; }
}
