using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// Measurement <c>rejection</c>: per rejected message, one point per reason (tags park, plant, reason; field count).
/// The time is the rejection's in nanoseconds plus a per-process sequence, so two notices in the same millisecond
/// never overwrite each other. A park or plant the worker does not know is stored as <see cref="Unknown"/>: made-up ids
/// must not become tag values (each would be a new series).
/// </summary>
internal sealed class RejectionPoint
{
    /// <summary>The tag value of a park or plant that is not in the catalog (not a valid id, so no plant can be called it).</summary>
    public const string Unknown = "_unknown";

    private long _sequence;

    /// <summary>The park and plant tags of a rejection of <paramref name="park"/>/<paramref name="plant"/>'s message.</summary>
    public static (string Park, string Plant) Tags(string park, string plant, IReadOnlyList<Rejection> rejections) =>
        rejections.Any(r => r.Reason == RejectReason.UnknownPark) ? (Unknown, Unknown)
        : rejections.Any(r => r.Reason == RejectReason.UnknownPlant) ? (park, Unknown)
        : (park, plant);

    public IEnumerable<PointData> Create(string park, string plant, RejectionNotice notice)
    {
        var baseNanos = notice.Timestamp.ToUnixTimeMilliseconds() * 1_000_000;
        foreach (var group in notice.Rejections.GroupBy(r => r.Reason))
        {
            var offset = Interlocked.Increment(ref _sequence) % 1_000_000;
            yield return PointData.Measurement(RejectionMeasurement.Name)
                .Tag(SeriesTags.Park, park)
                .Tag(SeriesTags.Plant, plant)
                .Tag(RejectionMeasurement.Reason, group.Key.Code())
                .Field(RejectionMeasurement.Count, (long)group.Count())
                .Timestamp(baseNanos + offset, WritePrecision.Ns);
        }
    }
}
