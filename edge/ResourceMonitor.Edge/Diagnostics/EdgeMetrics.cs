using System.Diagnostics.Metrics;
using ResourceMonitor.Edge.Buffer;

namespace ResourceMonitor.Edge.Diagnostics;

/// <summary>The agent's counters and gauges (meter <c>ResourceMonitor.Edge</c>).</summary>
public sealed class EdgeMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "ResourceMonitor.Edge";

    private readonly Counter<long> _received;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _unmapped;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _buffered;
    private readonly Counter<long> _refused;
    private readonly Counter<long> _forwarded;
    private readonly Counter<long> _noticesDropped;
    private readonly Counter<long> _resent;

    /// <summary>Creates the instruments; the buffer gauges observe <paramref name="log"/>.</summary>
    public EdgeMetrics(IMeterFactory factory, ReadingLog log)
    {
        var meter = factory.Create(MeterName);
        _received = meter.CreateCounter<long>("edge.messages.received", description: "Local messages received");
        _rejected = meter.CreateCounter<long>("edge.messages.rejected", description: "Payloads or values rejected, by reason code (tag reason)");
        _unmapped = meter.CreateCounter<long>("edge.messages.unmapped", description: "Messages on a subscribed topic that no mapping took (other topic, other Match fields, none of the mapped fields)");
        _duplicates = meter.CreateCounter<long>("edge.readings.duplicate", description: "Exact duplicate readings dropped");
        _buffered = meter.CreateCounter<long>("edge.readings.buffered", description: "Readings appended to the disk buffer");
        _refused = meter.CreateCounter<long>("edge.buffer.refused", description: "Readings refused because the buffer quota was reached");
        _forwarded = meter.CreateCounter<long>("edge.readings.forwarded", description: "Readings released from the buffer: acknowledged by the worker end to end (or by the park broker in Broker mode)");
        _resent = meter.CreateCounter<long>("edge.readings.resent", description: "Readings sent again because their end-to-end acknowledgement was overdue");
        _noticesDropped = meter.CreateCounter<long>("edge.rejection_notices.dropped", description: "Rejection notices not published locally because their queue was full");
        meter.CreateObservableGauge("edge.buffer.used_bytes", () => log.UsedBytes, "By", "Disk used by the buffer");
        meter.CreateObservableGauge("edge.buffer.quota_bytes", () => log.QuotaBytes, "By", "The buffer's disk quota");
        meter.CreateObservableGauge("edge.buffer.pending", () => log.Pending, description: "Readings in the buffer waiting for their acknowledgement");
    }

    /// <summary>Counts received messages.</summary>
    public void Received(int count = 1) => _received.Add(count);

    /// <summary>Counts a rejection with its reason code (tag <c>reason</c>, <see cref="Inputs.RejectionCodes"/>).</summary>
    public void Rejected(string code) => _rejected.Add(1, new KeyValuePair<string, object?>("reason", code));

    /// <summary>Counts messages no mapping took.</summary>
    public void Unmapped() => _unmapped.Add(1);

    /// <summary>Counts dropped duplicates.</summary>
    public void Duplicates(int count) => _duplicates.Add(count);

    /// <summary>Counts an append.</summary>
    public void Appended(AppendOutcome outcome)
    {
        _buffered.Add(outcome.Appended);
        _refused.Add(outcome.Refused);
    }

    /// <summary>Counts acknowledged readings.</summary>
    public void Forwarded(int count) => _forwarded.Add(count);

    /// <summary>Counts readings sent again after an overdue acknowledgement.</summary>
    public void Resent(long count) => _resent.Add(count);

    /// <summary>Counts rejection notices that could not be queued.</summary>
    public void NoticeDropped() => _noticesDropped.Add(1);
}
