using Microsoft.Extensions.Logging;

namespace ResourceMonitor.DurableLog;

/// <summary>
/// A segmented, CRC-checked, append-only log (store-and-forward): every record gets the next sequence number; a checkpoint
/// (the last sequence released downstream) moves only on <see cref="Release"/>. After a crash it resumes at checkpoint + 1:
/// a torn tail is cut, a record whose checksum fails is skipped and counted. Bounded by a disk quota whose full policy is to
/// refuse new records (never to drop old ones). Segments holding only released records are deleted. Thread-safe.
/// </summary>
public sealed class DurableLog<T> : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly DurableLogOptions _options;
    private readonly IRecordCodec<T> _codec;
    private readonly ILogger _logger;
    private readonly CheckpointFile _checkpointFile;
    private readonly List<LogSegment> _segments = [];
    private readonly Lock _gate = new();
    private readonly byte[] _writeBuffer = new byte[ChunkBytes];
    private readonly SegmentReader _reader = new(ChunkBytes);
    private LogSegment? _cursorSegment;
    private long _cursorOffset;
    private long _cursorSequence;
    private FileStream? _active;
    private long _next;
    private long _checkpoint;
    private long _usedBytes;
    private long _refusedTotal;
    private int _corruptRecords;
    private TaskCompletionSource _appended = NewSignal();

    /// <summary>Opens (or creates) the log in <see cref="DurableLogOptions.Directory"/>, recovering from a crash.</summary>
    public DurableLog(DurableLogOptions options, IRecordCodec<T> codec, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _codec = codec;
        _logger = logger;
        _checkpointFile = new CheckpointFile(options.Directory);
        Directory.CreateDirectory(options.Directory);
        Recover();
    }

    /// <summary>The last sequence number released downstream (0 before any).</summary>
    public long Checkpoint
    {
        get { lock (_gate) { return _checkpoint; } }
    }

    /// <summary>The sequence number of the last record appended (the checkpoint when the log is empty).</summary>
    public long LastSequence
    {
        get { lock (_gate) { return _next - 1; } }
    }

    /// <summary>Sequence numbers appended but not yet released (a record skipped as corrupt counts until released).</summary>
    public long Pending
    {
        get { lock (_gate) { return _next - 1 - _checkpoint; } }
    }

    /// <summary>Bytes on disk in segment files.</summary>
    public long UsedBytes => Interlocked.Read(ref _usedBytes);

    /// <summary>The disk quota in bytes.</summary>
    public long QuotaBytes => _options.QuotaBytes;

    /// <summary>Records refused because the quota was reached, since the log was opened.</summary>
    public long RefusedTotal => Interlocked.Read(ref _refusedTotal);

    /// <summary>Records found corrupt (checksum or payload) since the log was opened, and skipped.</summary>
    public int CorruptRecords => Volatile.Read(ref _corruptRecords);

    /// <summary>Appends <paramref name="values"/> in order, then flushes once (group commit). Values over the quota are refused.</summary>
    public LogAppendOutcome Append(IReadOnlyList<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var appended = 0;
        var refused = 0;
        lock (_gate)
        {
            var buffered = 0;
            foreach (var value in values)
            {
                var size = RecordFrame.MaxSize(_codec.MaxPayloadBytes(value));
                if (_usedBytes + buffered + size > _options.QuotaBytes)
                {
                    refused++;
                    continue;
                }

                if (_active is not null && (buffered + size > _writeBuffer.Length || Active.Length + buffered + size > _options.SegmentBytes))
                {
                    WriteOut(buffered);
                    buffered = 0;
                    if (Active.Length + size > _options.SegmentBytes && !Active.IsEmpty)
                    {
                        CloseActive();
                    }
                }

                if (_active is null)
                {
                    StartSegment(_next);
                }

                if (size > _writeBuffer.Length)
                {
                    WriteLarge(value, size);
                }
                else
                {
                    buffered += RecordFrame.Write(_writeBuffer.AsSpan(buffered), _next, value, _codec);
                }

                Active.LastSequence = _next;
                _next++;
                appended++;
            }

            WriteOut(buffered);
            _active?.Flush(_options.Fsync == FsyncPolicy.EveryAppend);
            Interlocked.Add(ref _refusedTotal, refused);
            if (appended > 0)
            {
                var signal = _appended;
                _appended = NewSignal();
                signal.TrySetResult();
            }

            return new LogAppendOutcome(appended, refused, _next - 1);
        }
    }

    /// <summary>Up to <paramref name="max"/> records from sequence <paramref name="from"/> on, in order.</summary>
    public IReadOnlyList<LogRecord<T>> Read(long from, int max)
    {
        var result = new List<LogRecord<T>>(Math.Min(max, 4096));
        lock (_gate)
        {
            foreach (var segment in _segments)
            {
                if (result.Count >= max)
                {
                    break;
                }

                if (segment.IsEmpty || segment.LastSequence < from)
                {
                    continue;
                }

                ReadSegment(segment, from, max, result);
                if (result.Count > 0)
                {
                    from = result[^1].Sequence + 1;
                }
            }
        }

        return result;
    }

    /// <summary>Completes when a record after <paramref name="afterSequence"/> is in the log.</summary>
    public Task WaitForAppendAsync(long afterSequence, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _next - 1 > afterSequence ? Task.CompletedTask : _appended.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Marks every record up to <paramref name="sequence"/> as taken downstream: persists the checkpoint and deletes segments
    /// that hold only released records. Until then records stay addressable by sequence number.
    /// </summary>
    public void Release(long sequence)
    {
        lock (_gate)
        {
            var target = Math.Min(sequence, _next - 1);
            if (target <= _checkpoint)
            {
                return;
            }

            _checkpointFile.Write(target, _options.Fsync);
            _checkpoint = target;
            foreach (var released in _segments.Where(s => s.LastSequence <= _checkpoint).ToList())
            {
                if (released == _segments[^1] && _active is not null)
                {
                    CloseActive();
                }

                Delete(released);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _active?.Dispose();
            _active = null;
        }
    }

    private LogSegment Active => _segments[^1];

    private void WriteOut(int count)
    {
        if (count == 0)
        {
            return;
        }

        _active!.Write(_writeBuffer, 0, count);
        Active.Length += count;
        Interlocked.Add(ref _usedBytes, count);
    }

    private void WriteLarge(T value, int maxSize)
    {
        var record = new byte[maxSize];
        var size = RecordFrame.Write(record, _next, value, _codec);
        _active!.Write(record, 0, size);
        Active.Length += size;
        Interlocked.Add(ref _usedBytes, size);
    }

    private void CloseActive()
    {
        _active!.Flush(_options.Fsync == FsyncPolicy.EveryAppend);
        _active.Dispose();
        _active = null;
    }

    private void StartSegment(long first)
    {
        var path = Path.Combine(_options.Directory, LogSegment.FileName(first));
        _active = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        _segments.Add(new LogSegment(path, first));
    }

    private void Delete(LogSegment segment)
    {
        File.Delete(segment.Path);
        _segments.Remove(segment);
        Interlocked.Add(ref _usedBytes, -segment.Length);
        if (_cursorSegment == segment)
        {
            _cursorSegment = null;
        }
    }

    private void ReadSegment(LogSegment segment, long from, int max, List<LogRecord<T>> into)
    {
        // A reader goes on from where it stopped: resume at the cursor instead of scanning the segment from its start.
        var offset = _cursorSegment == segment && _cursorSequence <= from ? _cursorOffset : 0;
        using var stream = new FileStream(segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        _reader.Attach(stream, segment.Length);
        while (offset < segment.Length && into.Count < max)
        {
            var status = _reader.Read(offset, out var size, out var record);
            if (status is FrameStatus.Incomplete or FrameStatus.Unframed)
            {
                break;
            }

            if (status == FrameStatus.Valid)
            {
                var sequence = RecordFrame.Sequence(record);
                if (sequence >= from && _codec.TryRead(RecordFrame.Payload(record), out var value))
                {
                    into.Add(new LogRecord<T>(sequence, value));
                }

                _cursorSequence = sequence + 1;
            }

            offset += size;
        }

        _cursorSegment = segment;
        _cursorOffset = offset;
    }

    private void Recover()
    {
        var stored = _checkpointFile.Read();
        if (stored is null)
        {
            DurableLogEvents.CheckpointCorrupt(_logger, _options.Name, _checkpointFile.Path);
        }

        _checkpoint = stored ?? 0;
        var last = _checkpoint;
        foreach (var leftover in Directory.GetFiles(_options.Directory, "*" + LegacyEdgeSegment.TemporarySuffix))
        {
            File.Delete(leftover);
        }

        var files = Directory.GetFiles(_options.Directory, "*.seg")
            .Select(p => (Path: p, Ok: LogSegment.TryParseFirst(p, out var first), First: first))
            .Where(f => f.Ok)
            .OrderBy(f => f.First);
        foreach (var file in files)
        {
            if (LegacyEdgeSegment.IsLegacy(file.Path))
            {
                var records = LegacyEdgeSegment.Convert(file.Path, _options.Fsync);
                DurableLogEvents.LegacySegmentConverted(_logger, _options.Name, file.Path, records);
            }

            var segment = ScanAndRepair(file.Path, file.First);
            last = Math.Max(last, segment.LastSequence);
            if (segment.IsEmpty || segment.LastSequence <= _checkpoint)
            {
                File.Delete(file.Path);
                continue;
            }

            _segments.Add(segment);
            _usedBytes += segment.Length;
        }

        _next = last + 1;
        if (_segments.Count > 0 && _segments[^1].Length < _options.SegmentBytes)
        {
            _active = new FileStream(_segments[^1].Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }

        DurableLogEvents.Opened(_logger, _options.Name, _options.Directory, _checkpoint, _next - 1, _segments.Count, _usedBytes);
    }

    private LogSegment ScanAndRepair(string path, long first)
    {
        var segment = new LogSegment(path, first);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        _reader.Attach(stream, stream.Length);
        long offset = 0;
        long goodEnd = 0;
        while (offset < stream.Length)
        {
            var status = _reader.Read(offset, out var size, out var record);
            if (status is FrameStatus.Incomplete or FrameStatus.Unframed)
            {
                break;
            }

            if (status == FrameStatus.Valid && RecordFrame.Sequence(record) > segment.LastSequence
                && _codec.TryRead(RecordFrame.Payload(record), out _))
            {
                segment.LastSequence = RecordFrame.Sequence(record);
                goodEnd = offset + size;
            }
            else
            {
                _corruptRecords++;
                DurableLogEvents.CorruptRecord(_logger, _options.Name, path, offset);
            }

            offset += size;
        }

        if (goodEnd < stream.Length)
        {
            // A crash mid-append leaves a torn tail (never reported durable): cut it so appends continue after the last good record.
            DurableLogEvents.TornTail(_logger, _options.Name, path, stream.Length - goodEnd, segment.LastSequence);
            stream.SetLength(goodEnd);
            stream.Flush(_options.Fsync == FsyncPolicy.EveryAppend);
        }

        segment.Length = goodEnd;
        return segment;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
