using System.Globalization;
using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Decides what of one message is stored: the topic names an owned park and a catalog plant, the payload decodes
/// (Contracts' codec), each reading fits its catalog meter and a sane clock, and neither the batch nor the reading
/// was taken before or is in flight. Bad input becomes rejections with reasons, never an exception; and <see cref="Admit"/> is the
/// per-message boundary (DESIGN §7): a step that fails on one message (a bug) refuses that message as
/// <c>internal_error</c>, logged at Error with the exception, and the stage goes on with the next. The keys a message
/// takes are only claimed here; the acknowledgement stage confirms or releases them (<see cref="ReadingDeduplicator"/>).
/// </summary>
internal sealed class MessageAdmission
{
    private readonly IReadingCatalog _catalog;
    private readonly IReadOnlySet<string> _parks;
    private readonly ReadingDeduplicator _deduplicator;
    private readonly ReadingBatchCodec _codec;
    private readonly IngestOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public MessageAdmission(IReadingCatalog catalog, IReadOnlyCollection<string> parks, IngestOptions options, TimeProvider time, ILogger logger)
    {
        _logger = logger;
        _catalog = catalog;
        _parks = parks.ToHashSet(StringComparer.Ordinal);
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
            IngestLog.AdmissionFailed(_logger, ex, topic);
            var owned = Topics.TryParsePlantTopic(topic, out var parsed) && _parks.Contains(parsed.Park);
            return Refuse(topic, owned ? parsed.Park : null, owned ? parsed.Plant : null, RejectReason.InternalError,
                $"the worker failed on this message ({ex.GetType().Name}: {ex.Message}); it is refused so the others go on (worker log event 3020)");
        }
    }

    private Admission AdmitMessage(string topic, ReadOnlyMemory<byte> payload)
    {
        if (!Topics.TryParsePlantTopic(topic, out var parsed) || parsed.Kind != TopicKind.Readings)
        {
            return Refuse(topic, null, null, RejectReason.InvalidTopic, $"topic '{topic}' is not rm/v1/{{park}}/{{plant}}/readings");
        }

        if (!_parks.Contains(parsed.Park))
        {
            return Refuse(topic, parsed.Park, parsed.Plant, RejectReason.UnknownPark, $"park '{parsed.Park}' is not one this worker owns");
        }

        if (!_catalog.HasPlant(parsed.Plant))
        {
            return Refuse(topic, parsed.Park, parsed.Plant, RejectReason.UnknownPlant, $"plant '{parsed.Plant}' is not in the catalog of park '{parsed.Park}'");
        }

        var decoded = _codec.Decode(payload);
        if (decoded.Batch is not { } batch)
        {
            return new Admission(topic, parsed.Park, parsed.Plant, null, null, [], decoded.Rejections);
        }

        if (_deduplicator.TryClaimBatch(parsed.Park, parsed.Plant, batch.BatchId) is not { } claim)
        {
            return new Admission(topic, parsed.Park, parsed.Plant, batch.Agent, batch.BatchId, [], [], Redelivered: true);
        }

        try
        {
            return AdmitReadings(topic, parsed, batch, decoded.Rejections, claim);
        }
        catch (Exception)
        {
            // Refused by the boundary above: a claim left behind would hold off an edge agent's resend of these readings.
            _deduplicator.Release(claim);
            throw;
        }
    }

    /// <summary>The message's readings are durable and consumed: its batch id and reading keys are remembered from now on.</summary>
    public void Confirm(Admission admission)
    {
        if (admission.Claim is { } claim)
        {
            _deduplicator.Confirm(claim);
        }
    }

    /// <summary>The message failed and stays unacknowledged: its keys are forgotten, so the broker's redelivery is taken.</summary>
    public void Release(Admission admission)
    {
        if (admission.Claim is { } claim)
        {
            _deduplicator.Release(claim);
        }
    }

    private Admission AdmitReadings(string topic, PlantTopic parsed, ReadingBatch batch, IReadOnlyList<Rejection> decodeRejections, DedupeClaim claim)
    {
        var accepted = new List<AdmittedReading>(batch.Readings.Count);
        var rejections = new List<Rejection>(decodeRejections);
        var now = _time.GetUtcNow();
        var latest = now + _options.MaxFutureSkew;
        var earliest = now - _options.MaxPastAge;
        var duplicates = 0;
        for (var i = 0; i < batch.Readings.Count; i++)
        {
            var reading = batch.Readings[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.readings[?(@.meter=='{reading.Meter}' && @.ts=='{ContractTimestamp.Format(reading.Timestamp)}')]");
            var check = _catalog.Check(parsed.Plant, reading, path);
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
            else if (!_deduplicator.TryClaimReading(claim, parsed.Plant, reading.Meter, reading.Timestamp))
            {
                duplicates++;
            }
            else
            {
                accepted.Add(new AdmittedReading(reading, check.Resource!));
            }
        }

        return new Admission(topic, parsed.Park, parsed.Plant, batch.Agent, batch.BatchId, accepted, rejections, Duplicates: duplicates) { Claim = claim };
    }

    private static Admission Refuse(string topic, string? park, string? plant, RejectReason reason, string detail) =>
        new(topic, park, plant, null, null, [], [new Rejection(reason, detail)]);
}
