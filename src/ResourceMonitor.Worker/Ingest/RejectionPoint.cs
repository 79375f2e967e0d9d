using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Measurement <c>rejection</c>: per rejected message, one point per reason (tags park, plant, reason; field count).
/// The time is the rejection's in nanoseconds plus a per-process sequence, so two notices in the same millisecond
/// never overwrite each other.
/// </summary>
internal sealed class RejectionPoint
{
    public const string Measurement = "rejection";
    private long _sequence;

    public IEnumerable<PointData> Create(string park, string plant, RejectionNotice notice)
    {
        var baseNanos = notice.Timestamp.ToUnixTimeMilliseconds() * 1_000_000;
        foreach (var group in notice.Rejections.GroupBy(r => r.Reason))
        {
            var offset = Interlocked.Increment(ref _sequence) % 1_000_000;
            yield return PointData.Measurement(Measurement)
                .Tag("park", park)
                .Tag("plant", plant)
                .Tag("reason", group.Key.Code())
                .Field("count", (long)group.Count())
                .Timestamp(baseNanos + offset, WritePrecision.Ns);
        }
    }
}
