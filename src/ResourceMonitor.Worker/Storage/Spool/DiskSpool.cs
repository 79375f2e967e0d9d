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

    /// <summary>
    /// The oldest batches not yet drained, joined in order into one batch of at most <paramref name="maxLines"/> lines (one
    /// batch alone may be larger) while they share a precision; the record's sequence is the last batch's, so one
    /// <see cref="Commit"/> drains them all. Null when the spool is empty. Live batches spooled behind an outage are often
    /// small (one caller's points): drained one request each, the drain could never catch up with a steady stream.
    /// </summary>
    public SpoolRecord? PeekRun(int maxLines)
    {
        if (Peek() is not { } first)
        {
            return null;
        }

        var lines = new List<string>(first.Batch.Lines);
        var last = first.Sequence;
        while (_log.Read(last + 1, 1) is [var next]
            && next.Value.Precision == first.Batch.Precision
            && lines.Count + next.Value.Lines.Count <= maxLines)
        {
            lines.AddRange(next.Value.Lines);
            last = next.Sequence;
        }

        return last == first.Sequence ? first : new SpoolRecord(last, first.Batch with { Lines = lines });
    }

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
