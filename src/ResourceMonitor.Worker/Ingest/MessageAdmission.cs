using System.Globalization;
using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Worker.Ingest.Sequencing;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Decides what of one message is stored: the topic names an owned park and a catalog plant, the payload decodes
/// (Contracts' codec), each reading fits its catalog meter and a sane clock, and neither the batch nor the reading
/// was taken before (by agent and sequence number when the batch is sequenced, else by batch id). Bad input becomes
/// rejections with reasons, never an exception; and <see cref="Admit"/> is the per-message boundary (docs/design.md §7): a step
/// that fails on one message (a bug) refuses that message as <c>internal_error</c>, logged at Error with the exception,
/// and the stage goes on with the next. The keys a message takes are only claimed here; the acknowledgement stage confirms
/// them once the message is durable and consumed, or releases them when it fails (<see cref="ReadingDeduplicator"/>).
/// </summary>
internal sealed class MessageAdmission
{
    private readonly IReadingCatalog _catalog;
    private readonly ReadingDeduplicator _deduplicator;
    private readonly SequenceTracker _sequences;
    private readonly ReadingBatchCodec _codec;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public MessageAdmission(IReadingCatalog catalog, IngestOptions options, TimeProvider time, ILogger logger, SequenceTracker? sequences = null)
    {
        _logger = logger;
        _sequences = sequences ?? new SequenceTracker();
        _catalog = catalog;
        _options = options;
        _time = time;
        _deduplicator = new ReadingDeduplicator(options, time);
        _codec = new ReadingBatchCodec(ContractLimits.Default with { MaxPayloadBytes = options.MaxPayloadBytes });
    }

    public Admission Admit(string topic, ReadOnlyMemory<byte> payload)
    {
        try
        {
            return AdmitMessage(topic, payload);
        }
        catch (Exception ex)
        {
            return Failed(topic, ex);
        }
    }

    private Admission Failed(string topic, Exception ex)
    {
        IngestLog.AdmissionFailed(_logger, ex, LogText.Escape(topic));
        var owned = Topics.TryParsePlantTopic(topic, out var parsed) && _catalog.HasPlant(parsed.Park, parsed.Plant);
        return Refuse(topic, owned ? parsed.Park : null, owned ? parsed.Plant : null, RejectReason.InternalError,
            $"the worker failed on this message ({ex.GetType().Name}: {ex.Message}); it is refused so the others go on (worker log event 3020)");
    }

    private Admission AdmitMessage(string topic, ReadOnlyMemory<byte> payload)
    {
        if (!Topics.TryParsePlantTopic(topic, out var parsed) || parsed.Kind != TopicKind.Readings)
        {
            return Refuse(topic, null, null, RejectReason.InvalidTopic, $"topic '{topic}' is not rm/v1/{{park}}/{{plant}}/readings");
        }

        if (!_catalog.Parks.Contains(parsed.Park))
        {
            return Refuse(topic, parsed.Park, parsed.Plant, RejectReason.UnknownPark, $"park '{parsed.Park}' is not one this worker owns");
        }

        if (!_catalog.HasPlant(parsed.Park, parsed.Plant))
        {
            if (_catalog.OtherParkOf(parsed.Park, parsed.Plant) is { } other)
            {
                return Refuse(topic, parsed.Park, parsed.Plant, RejectReason.PlantOfOtherPark, $"plant '{parsed.Plant}' is in the catalog of park '{other}', not of park '{parsed.Park}'");
            }

            return Refuse(topic, parsed.Park, parsed.Plant, RejectReason.UnknownPlant, $"plant '{parsed.Plant}' is not in the catalog of park '{parsed.Park}'");
        }

        var decoded = _codec.Decode(payload);
        if (decoded.Batch is not { } batch)
        {
            return new Admission(topic, parsed.Park, parsed.Plant, null, null, [], decoded.Rejections);
        }

        if (batch.Sequence is { } sequence)
        {
            return AdmitSequenced(topic, parsed, batch, sequence, decoded);
        }

        if (_deduplicator.TryClaimBatch(parsed.Park, parsed.Plant, batch.BatchId) is not { } keys)
        {
            return new Admission(topic, parsed.Park, parsed.Plant, batch.Agent, batch.BatchId, [], [], Redelivered: true);
        }

        try
        {
            return AdmitReadings(topic, parsed, batch, decoded.Rejections, keys);
        }
        catch (Exception)
        {
            // Refused by the boundary above: a claim left behind would hold off a redelivery or resend of these readings.
            _deduplicator.Release(keys);
            throw;
        }
    }

    /// <summary>The message's readings are durable and consumed: its batch id and reading keys are remembered from now on.</summary>
    public void Confirm(Admission admission)
    {
        if (admission.Claim is { } keys)
        {
            _deduplicator.Confirm(keys);
        }
    }

    /// <summary>The message failed and stays unacknowledged: its keys are forgotten, so the broker's redelivery is taken.</summary>
    public void Release(Admission admission)
    {
        if (admission.Claim is { } keys)
        {
            _deduplicator.Release(keys);
        }
    }

    // A sequenced batch is a repeat by number, whatever its batch id or batching: only the numbers no earlier batch holds are new.
    private Admission AdmitSequenced(string topic, PlantTopic parsed, ReadingBatch batch, BatchSequence sequence, BatchDecodeResult decoded)
    {
        var claim = _sequences.Claim(new AgentLog(parsed.Park, parsed.Plant, batch.Agent, sequence.Log), sequence);
        if (claim.Taken.Count == 0)
        {
            return new Admission(topic, parsed.Park, parsed.Plant, batch.Agent, batch.BatchId, [], [], Redelivered: true, Sequence: claim);
        }

        // Numbered readings are also claimed by (meter, timestamp), never by batch id: a resend may batch them differently.
        var keys = ReadingDeduplicator.ClaimReadingsOf(parsed.Park, parsed.Plant, batch.BatchId);
        try
        {
            var repeated = Enumerable.Range(0, batch.Readings.Count).Where(i => !claim.Holds(sequence.First + decoded.Positions[i])).ToHashSet();
            var admitted = AdmitReadings(topic, parsed, batch, decoded.Rejections, keys, repeated);
            return admitted with { Sequence = claim, Duplicates = admitted.Duplicates + repeated.Count };
        }
        catch (Exception ex)
        {
            // Refused for good (internal_error) like any rejection: its numbers complete, so the agent is not held up resending it.
            _deduplicator.Release(keys);
            return Failed(topic, ex) with { Sequence = claim };
        }
    }

    private Admission AdmitReadings(string topic, PlantTopic parsed, ReadingBatch batch, IReadOnlyList<Rejection> decodeRejections, DedupeClaim keys, IReadOnlySet<int>? repeated = null)
    {
        var accepted = new List<AdmittedReading>(batch.Readings.Count);
        var rejections = new List<Rejection>(decodeRejections);
        var now = _time.GetUtcNow();
        var latest = now + _options.MaxFutureSkew;
        var earliest = now - _options.MaxPastAge;
        var duplicates = 0;
        for (var i = 0; i < batch.Readings.Count; i++)
        {
            if (repeated?.Contains(i) == true)
            {
                continue;
            }

            var reading = batch.Readings[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.readings[?(@.meter=='{reading.Meter}' && @.ts=='{ContractTimestamp.Format(reading.Timestamp)}')]");
            var check = _catalog.Check(parsed.Park, parsed.Plant, reading, path);
            if (check.Rejection is { } refused)
            {
                rejections.Add(refused);
            }
            else if (reading.Timestamp > latest)
            {
                rejections.Add(new Rejection(RejectReason.ClockSkew, $"timestamp {ContractTimestamp.Format(reading.Timestamp)} is more than {_options.MaxFutureSkew} ahead of the worker's clock", path));
            }
            else if (reading.Timestamp < earliest)
            {
                rejections.Add(new Rejection(RejectReason.ClockSkew, $"timestamp {ContractTimestamp.Format(reading.Timestamp)} is more than {_options.MaxPastAge} behind the worker's clock; to back-fill older readings widen Ingest:MaxPastAge", path));
            }
            else if (!_deduplicator.TryClaimReading(keys, parsed.Plant, reading.Meter, reading.Timestamp))
            {
                duplicates++;
            }
            else
            {
                accepted.Add(new AdmittedReading(reading, check.Resource!));
            }
        }

        return new Admission(topic, parsed.Park, parsed.Plant, batch.Agent, batch.BatchId, accepted, rejections, Duplicates: duplicates) { Claim = keys };
    }

    private static Admission Refuse(string topic, string? park, string? plant, RejectReason reason, string detail) =>
        new(topic, park, plant, null, null, [], [new Rejection(reason, detail)]);
}
