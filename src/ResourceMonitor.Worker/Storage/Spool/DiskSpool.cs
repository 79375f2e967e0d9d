using Microsoft.Extensions.Logging;
using ResourceMonitor.DurableLog;

namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>
/// The writer's durable spool (store-and-forward): line batches in the shared <see cref="DurableLog{T}"/>. Each batch is
/// appended once with a sequence number and fsync'd before the caller is told it is durable; the checkpoint moves only when
/// InfluxDB took the batch; a restart resumes at checkpoint + 1. Segment files are deleted once fully drained. Bounded by a
/// disk quota: <see cref="TryAppend"/> refuses when full (the writer then back-pressures, docs/storage.md). Single-threaded
/// use by the writer loop; the counters may be read from any thread.
/// </summary>
internal sealed class DiskSpool : IDisposable
{
    private readonly DurableLog<LineBatch> _log;

    private DiskSpool(DurableLog<LineBatch> log) => _log = log;

    /// <summary>Batches waiting to be drained.</summary>
    public int PendingBatches => (int)_log.Pending;

    /// <summary>Bytes the spool's segment files occupy.</summary>
    public long Bytes => _log.UsedBytes;

    /// <summary>The disk quota.</summary>
    public long MaxBytes => _log.QuotaBytes;

    /// <summary>Records found corrupt (checksum) at start-up and skipped.</summary>
    public int CorruptRecords => _log.CorruptRecords;

    /// <summary>Opens (or creates) the spool in <paramref name="directory"/>, checking every record and cutting a torn tail.</summary>
    public static DiskSpool Open(string directory, long maxBytes, long segmentBytes, ILogger logger) =>
        new(new DurableLog<LineBatch>(
            new DurableLogOptions { Directory = directory, QuotaBytes = maxBytes, SegmentBytes = segmentBytes, Fsync = FsyncPolicy.EveryAppend, Name = "Spool" },
            SpoolRecordFormat.Instance,
            logger));

    /// <summary>Appends <paramref name="batch"/> durably; false when the quota leaves no room for it.</summary>
    public bool TryAppend(LineBatch batch) => _log.Append([batch]).Appended == 1;

    /// <summary>The oldest batch not yet drained, or null.</summary>
    public SpoolRecord? Peek() =>
        _log.Read(_log.Checkpoint + 1, 1) is [var record] ? new SpoolRecord(record.Sequence, record.Value) : null;

    /// <summary>Marks the oldest batch (<paramref name="sequence"/>, as <see cref="Peek"/> returned it) drained: moves the checkpoint and deletes drained segments.</summary>
    public void Commit(long sequence)
    {
        if (sequence <= _log.Checkpoint || sequence > _log.LastSequence)
        {
            throw new InvalidOperationException($"Spool commit of {sequence} out of order (checkpoint {_log.Checkpoint}, last {_log.LastSequence}).");
        }

        _log.Release(sequence);
    }

    public void Dispose() => _log.Dispose();
}
