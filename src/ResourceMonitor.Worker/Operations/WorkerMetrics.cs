using System.Diagnostics.Metrics;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Operations;

/// <summary>
/// The ingest and storage instruments (System.Diagnostics.Metrics), exported in Prometheus text format on <c>/metrics</c>.
/// Created through <see cref="IMeterFactory"/>, so two workers in one process (tests) keep separate numbers.
/// </summary>
public sealed class WorkerMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "ResourceMonitor.Worker";

    private readonly Counter<long> _messagesReceived;
    private readonly Counter<long> _readingsAccepted;
    private readonly Counter<long> _readingsRejected;
    private readonly Counter<long> _readingsDuplicate;
    private readonly Counter<long> _batchesRedelivered;
    private readonly Counter<long> _pointsWritten;
    private readonly Counter<long> _pointsSpooled;
    private readonly Counter<long> _pointsRejected;
    private readonly Counter<long> _rejectionNoticesDropped;
    private readonly Histogram<double> _writeDuration;
    private readonly Histogram<long> _writeBatchPoints;
    private readonly Histogram<double> _readingLag;
    private readonly Counter<long> _acksPublished;

    /// <summary>Creates the instruments on a meter of <paramref name="meterFactory"/>.</summary>
    public WorkerMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _messagesReceived = Meter.CreateCounter<long>("rm_messages_received", description: "MQTT messages taken from the park broker");
        _readingsAccepted = Meter.CreateCounter<long>("rm_readings_accepted", description: "Readings accepted (valid, new, durable)");
        _readingsRejected = Meter.CreateCounter<long>("rm_readings_rejected", description: "Readings or messages refused, by reason code");
        _readingsDuplicate = Meter.CreateCounter<long>("rm_readings_duplicate", description: "Readings dropped as repeats of a stored (meter, timestamp)");
        _batchesRedelivered = Meter.CreateCounter<long>("rm_batches_redelivered", description: "Batches dropped as redeliveries of a batch id already taken");
        _pointsWritten = Meter.CreateCounter<long>("rm_points_written", description: "Points InfluxDB accepted");
        _pointsSpooled = Meter.CreateCounter<long>("rm_points_spooled", description: "Points written to the on-disk spool");
        _pointsRejected = Meter.CreateCounter<long>("rm_points_rejected", description: "Points InfluxDB refused permanently (400)");
        _rejectionNoticesDropped = Meter.CreateCounter<long>("rm_rejection_notices_dropped", description: "Rejection notices shed (rejected topic and measurement), by reason code and stage: queue_full, unpublished, unstored");
        _writeDuration = Meter.CreateHistogram<double>("rm_write_duration_seconds", unit: "s", description: "Duration of one InfluxDB write, by outcome");
        _writeBatchPoints = Meter.CreateHistogram<long>("rm_write_batch_points", description: "Points per InfluxDB write request");
        _acksPublished = Meter.CreateCounter<long>("rm_acks_published", description: "End-to-end acknowledgements published on rm/v1/{park}/{plant}/ack");
        _readingLag = Meter.CreateHistogram<double>("rm_reading_lag_seconds", unit: "s", description: "From a reading's own timestamp to the moment it was durable");
    }

    /// <summary>The meter, for observable instruments owned by other components (spool depth, broker connection).</summary>
    public Meter Meter { get; }

    /// <summary>One message taken from the broker.</summary>
    public void MessageReceived() => _messagesReceived.Add(1);

    /// <summary>Readings accepted.</summary>
    public void ReadingsAccepted(int count) => _readingsAccepted.Add(count);

    /// <summary>One rejection (of a reading or a whole message).</summary>
    public void Rejected(RejectReason reason) => _readingsRejected.Add(1, new KeyValuePair<string, object?>("reason", reason.Code()));

    /// <summary>Rejection notices shed at <paramref name="stage"/> (queue_full, unpublished, unstored); the rejections themselves are counted.</summary>
    public void RejectionNoticesDropped(IEnumerable<RejectReason> reasons, string stage)
    {
        foreach (var reason in reasons)
        {
            _rejectionNoticesDropped.Add(1, new KeyValuePair<string, object?>("reason", reason.Code()), new KeyValuePair<string, object?>("stage", stage));
        }
    }

    /// <summary>Repeated readings dropped.</summary>
    public void DuplicateReadings(int count) => _readingsDuplicate.Add(count);

    /// <summary>A redelivered batch dropped.</summary>
    public void BatchRedelivered() => _batchesRedelivered.Add(1);

    /// <summary>One InfluxDB write finished.</summary>
    public void WriteFinished(string outcome, int points, TimeSpan duration)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        _writeDuration.Record(duration.TotalSeconds, tag);
        _writeBatchPoints.Record(points, tag);
        if (outcome == "accepted")
        {
            _pointsWritten.Add(points);
        }
    }

    /// <summary>Points spooled.</summary>
    public void PointsSpooled(int count) => _pointsSpooled.Add(count);

    /// <summary>Points refused permanently by InfluxDB.</summary>
    public void PointsRejected(int count) => _pointsRejected.Add(count);

    /// <summary>Lag from a reading's timestamp to its durability.</summary>
    public void ReadingLag(TimeSpan lag) => _readingLag.Record(Math.Max(0, lag.TotalSeconds));

    /// <summary>Counts one end-to-end acknowledgement published.</summary>
    public void AckPublished() => _acksPublished.Add(1);
}
