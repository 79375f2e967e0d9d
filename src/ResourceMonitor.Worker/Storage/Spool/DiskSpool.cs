using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Extensions.Logging;

namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>
/// The writer's durable spool: a log of line batches with a checkpoint (store-and-forward). Each batch is appended once
/// with a sequence number and fsync'd before the caller is told it is durable; the checkpoint moves only when InfluxDB
/// took the batch; a restart resumes at checkpoint + 1. Segment files are deleted once fully drained. Bounded by a disk
/// quota: <see cref="TryAppend"/> refuses when full (the writer then back-pressures, docs/storage.md). Single-threaded
/// use by the writer loop; the counters may be read from any thread.
/// </summary>
internal sealed class DiskSpool : IDisposable
{
    private const string CheckpointFile = "checkpoint";
    private readonly string _directory;
    private readonly long _maxBytes;
    private readonly long _segmentBytes;
    private readonly ILogger _logger;
    private readonly List<SpoolSegment> _segments = [];
    private readonly Queue<SpoolEntry> _pending = new();
    private FileStream? _active;
    private SpoolSegment? _activeSegment;
    private long _nextSequence;
    private long _checkpoint;
    private long _bytes;
    private int _pendingCount;

    private DiskSpool(string directory, long maxBytes, long segmentBytes, ILogger logger)
    {
        _directory = directory;
        _maxBytes = maxBytes;
        _segmentBytes = segmentBytes;
        _logger = logger;
    }

    /// <summary>Batches waiting to be drained.</summary>
    public int PendingBatches => Volatile.Read(ref _pendingCount);

    /// <summary>Bytes the spool's segment files occupy.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    /// <summary>The disk quota.</summary>
    public long MaxBytes => _maxBytes;

    /// <summary>Records found corrupt (checksum) at start-up and skipped.</summary>
    public int CorruptRecords { get; private set; }

    /// <summary>Opens (or creates) the spool in <paramref name="directory"/>, checking every record and cutting a torn tail.</summary>
    public static DiskSpool Open(string directory, long maxBytes, long segmentBytes, ILogger logger)
    {
        Directory.CreateDirectory(directory);
        var spool = new DiskSpool(directory, maxBytes, segmentBytes, logger);
        spool.Recover();
        return spool;
    }

    /// <summary>Appends <paramref name="batch"/> durably; false when the quota leaves no room for it.</summary>
    public bool TryAppend(LineBatch batch)
    {
        var sequence = _nextSequence;
        var record = SpoolRecordFormat.Encode(sequence, batch);
        if (Bytes + record.Length > _maxBytes)
        {
            return false;
        }

        if (_active is null || _activeSegment is null || _activeSegment.Length >= _segmentBytes)
        {
            StartSegment(sequence);
        }

        var offset = _activeSegment!.Length;
        _active!.Write(record);
        _active.Flush(flushToDisk: true);
        _activeSegment.Length += record.Length;
        _activeSegment.LastSequence = sequence;
        Interlocked.Add(ref _bytes, record.Length);
        _pending.Enqueue(new SpoolEntry(sequence, _activeSegment, offset, record.Length));
        Interlocked.Increment(ref _pendingCount);
        _nextSequence++;
        return true;
    }

    /// <summary>The oldest batch not yet drained, or null.</summary>
    public SpoolRecord? Peek()
    {
        if (!_pending.TryPeek(out var entry))
        {
            return null;
        }

        var buffer = new byte[entry.Length];
        using (var stream = new FileStream(entry.Segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            stream.Position = entry.Offset;
            stream.ReadExactly(buffer);
        }

        return new SpoolRecord(entry.Sequence, SpoolRecordFormat.Batch(buffer.AsSpan(SpoolRecordFormat.HeaderBytes)));
    }

    /// <summary>Marks the oldest batch (<paramref name="sequence"/>) drained: moves the checkpoint and deletes drained segments.</summary>
    public void Commit(long sequence)
    {
        if (!_pending.TryPeek(out var head) || head.Sequence != sequence)
        {
            throw new InvalidOperationException($"Spool commit of {sequence} out of order (head is {(_pending.Count == 0 ? "empty" : head.Sequence)}).");
        }

        _pending.Dequeue();
        Interlocked.Decrement(ref _pendingCount);
        _checkpoint = sequence;
        WriteCheckpoint(sequence);
        DeleteDrainedSegments();
    }

    public void Dispose() => _active?.Dispose();

    private void StartSegment(long firstSequence)
    {
        _active?.Dispose();
        var segment = new SpoolSegment(Path.Combine(_directory, SpoolSegment.FileName(firstSequence)), firstSequence);
        _active = new FileStream(segment.Path, FileMode.CreateNew, FileAccess.Write, FileShare.Read | FileShare.Delete);
        _activeSegment = segment;
        _segments.Add(segment);
    }

    private void DeleteDrainedSegments()
    {
        for (var i = 0; i < _segments.Count;)
        {
            var segment = _segments[i];
            if (segment.LastSequence > _checkpoint)
            {
                i++;
                continue;
            }

            if (segment == _activeSegment)
            {
                _active?.Dispose();
                _active = null;
                _activeSegment = null;
            }

            File.Delete(segment.Path);
            Interlocked.Add(ref _bytes, -segment.Length);
            _segments.RemoveAt(i);
        }
    }

    private void Recover()
    {
        _checkpoint = ReadCheckpoint();
        var last = _checkpoint;
        foreach (var path in Directory.GetFiles(_directory, "*.seg").Order(StringComparer.Ordinal))
        {
            if (!long.TryParse(Path.GetFileNameWithoutExtension(path), out var first))
            {
                continue;
            }

            var segment = new SpoolSegment(path, first);
            ScanSegment(segment);
            _segments.Add(segment);
            Interlocked.Add(ref _bytes, segment.Length);
            last = Math.Max(last, segment.LastSequence);
        }

        _nextSequence = last + 1;
        DeleteDrainedSegments();
        StorageLog.SpoolOpened(_logger, _directory, _pending.Count, Bytes, _checkpoint);
    }

    private void ScanSegment(SpoolSegment segment)
    {
        using var stream = new FileStream(segment.Path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        var header = new byte[SpoolRecordFormat.HeaderBytes];
        long offset = 0;
        while (true)
        {
            stream.Position = offset;
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
            {
                break;
            }

            var bodyLength = SpoolRecordFormat.BodyLength(header);
            if (bodyLength < 0 || offset + header.Length + bodyLength > stream.Length)
            {
                break;
            }

            var body = new byte[bodyLength];
            stream.ReadExactly(body);
            var recordLength = header.Length + bodyLength;
            if (!SpoolRecordFormat.ChecksumMatches(header, body))
            {
                CorruptRecords++;
                StorageLog.SpoolCorruptRecord(_logger, segment.Path, offset);
            }
            else
            {
                var sequence = SpoolRecordFormat.Sequence(body);
                segment.LastSequence = Math.Max(segment.LastSequence, sequence);
                if (sequence > _checkpoint)
                {
                    _pending.Enqueue(new SpoolEntry(sequence, segment, offset, recordLength));
                    _pendingCount++;
                }
            }

            offset += recordLength;
        }

        if (offset < stream.Length)
        {
            // A torn tail: the process died while appending; that batch was never reported durable, so cutting it loses nothing.
            StorageLog.SpoolTornTail(_logger, segment.Path, stream.Length - offset);
            stream.SetLength(offset);
        }

        segment.Length = offset;
    }

    private long ReadCheckpoint()
    {
        var path = Path.Combine(_directory, CheckpointFile);
        if (!File.Exists(path))
        {
            return 0;
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length != 12 || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)) != Crc32.HashToUInt32(bytes.AsSpan(0, 8)))
        {
            // Re-draining from the start is safe: InfluxDB writes are idempotent (same series and timestamp overwrite).
            StorageLog.SpoolCheckpointUnreadable(_logger, path);
            return 0;
        }

        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    private void WriteCheckpoint(long sequence)
    {
        var bytes = new byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), Crc32.HashToUInt32(bytes.AsSpan(0, 8)));
        var path = Path.Combine(_directory, CheckpointFile);
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }
}
