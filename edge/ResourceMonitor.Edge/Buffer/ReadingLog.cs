using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>
/// The durable store-and-forward buffer: an append-only log of segment files in which every reading gets the next per-agent
/// sequence number, and a checkpoint (the last sequence the park broker acknowledged) that only <see cref="Release"/> moves.
/// After a crash it resumes at checkpoint + 1; a torn last record fails its checksum and is cut off. Bounded by a disk quota:
/// when full, new readings are refused and counted (the oldest, unforwarded ones are never dropped). Thread-safe.
/// </summary>
public sealed partial class ReadingLog : IDisposable
{
    private const int ReadChunkBytes = 64 * 1024;

    private readonly BufferOptions _options;
    private readonly ILogger _logger;
    private readonly CheckpointFile _checkpointFile;
    private readonly List<LogSegment> _segments = [];
    private readonly Lock _gate = new();
    private readonly byte[] _writeBuffer = new byte[64 * 1024];
    private readonly byte[] _readBuffer = new byte[ReadChunkBytes];
    private LogSegment? _cursorSegment;
    private long _cursorOffset;
    private long _cursorSequence;
    private FileStream _active = null!;
    private long _next;
    private long _checkpoint;
    private long _refusedTotal;
    private bool _quotaFull;
    private TaskCompletionSource _appended = NewSignal();

    private ReadingLog(BufferOptions options, ILogger logger)
    {
        _options = options;
        _logger = logger;
        _checkpointFile = new CheckpointFile(options.Directory);
    }

    /// <summary>Names this log's numbering (see <see cref="LogIdFile"/>): batches carry it so the worker tells a new log from repeats.</summary>
    public string LogId { get; private set; } = string.Empty;

    /// <summary>The last sequence number acknowledged downstream (0 before any).</summary>
    public long Checkpoint
    {
        get { lock (_gate) { return _checkpoint; } }
    }

    /// <summary>The sequence number of the last reading appended (the checkpoint when the log is empty).</summary>
    public long LastSequence
    {
        get { lock (_gate) { return _next - 1; } }
    }

    /// <summary>Readings appended but not yet released.</summary>
    public long Pending
    {
        get { lock (_gate) { return _next - 1 - _checkpoint; } }
    }

    /// <summary>Bytes on disk in segment files.</summary>
    public long UsedBytes
    {
        get { lock (_gate) { return _segments.Sum(s => s.Length); } }
    }

    /// <summary>Bytes that may still be appended before the quota is reached.</summary>
    public long FreeBytes
    {
        get { lock (_gate) { return Math.Max(0, _options.QuotaBytes - _segments.Sum(s => s.Length)); } }
    }

    /// <summary>Whether use is below 90 % of the quota again (where refusing stops), so refused input may be taken again.</summary>
    public bool HasRoomAgain
    {
        get { lock (_gate) { return _segments.Sum(s => s.Length) < _options.QuotaBytes * 9 / 10; } }
    }

    /// <summary>The configured quota in bytes.</summary>
    public long QuotaBytes => _options.QuotaBytes;

    /// <summary>Readings refused because the quota was reached, since the log was opened.</summary>
    public long RefusedTotal => Interlocked.Read(ref _refusedTotal);

    /// <summary>Opens (or creates) the log in <see cref="BufferOptions.Directory"/>, recovering from a crash.</summary>
    public static ReadingLog Open(BufferOptions options, ILogger logger)
    {
        Directory.CreateDirectory(options.Directory);
        var log = new ReadingLog(options, logger);
        log.Recover();
        return log;
    }

    /// <summary>Appends readings in order, then flushes once (group commit). Readings over the quota are refused and counted.</summary>
    public AppendOutcome Append(IReadOnlyList<Reading> readings)
    {
        var appended = 0;
        var refused = 0;
        lock (_gate)
        {
            var used = _segments.Sum(s => s.Length);
            var buffered = 0;
            foreach (var reading in readings)
            {
                var size = ReadingRecord.MaxSize(reading);
                if (used + size > _options.QuotaBytes)
                {
                    refused++;
                    continue;
                }

                if (buffered + size > _writeBuffer.Length || ActiveSegment.Length + buffered + size > _options.SegmentBytes)
                {
                    WriteOut(buffered);
                    buffered = 0;
                    if (ActiveSegment.Length + size > _options.SegmentBytes && !ActiveSegment.IsEmpty)
                    {
                        Roll();
                    }
                }

                var written = ReadingRecord.Write(_writeBuffer.AsSpan(buffered), _next, reading);
                buffered += written;
                used += written;
                ActiveSegment.LastSequence = _next;
                _next++;
                appended++;
            }

            WriteOut(buffered);
            _active.Flush(_options.FlushToDisk);
            ReportQuota(refused);
            if (appended > 0)
            {
                var signal = _appended;
                _appended = NewSignal();
                signal.TrySetResult();
            }

            return new AppendOutcome(appended, refused, _next - 1);
        }
    }

    /// <summary>Counts readings refused before they were appended (their input keeps them, e.g. an unacknowledged local message).</summary>
    public void CountRefused(int readings)
    {
        lock (_gate)
        {
            ReportQuota(readings);
        }
    }

    /// <summary>Up to <paramref name="max"/> readings from sequence <paramref name="from"/> on, in order.</summary>
    public IReadOnlyList<BufferedReading> Read(long from, int max)
    {
        var result = new List<BufferedReading>(Math.Min(max, 4096));
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

    /// <summary>Completes when a reading after <paramref name="afterSequence"/> is in the log.</summary>
    public Task WaitForAppendAsync(long afterSequence, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _next - 1 > afterSequence ? Task.CompletedTask : _appended.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Marks every reading up to <paramref name="sequence"/> as acknowledged downstream: persists the checkpoint and deletes
    /// segments that hold only released readings. Until then readings stay addressable by sequence number.
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

            _checkpointFile.Write(target, _options.FlushToDisk);
            _checkpoint = target;
            if (!ActiveSegment.IsEmpty && ActiveSegment.LastSequence <= _checkpoint)
            {
                Roll();
            }

            foreach (var released in _segments.Where(s => s != ActiveSegment && s.LastSequence <= _checkpoint).ToList())
            {
                File.Delete(released.Path);
                _segments.Remove(released);
            }

            ReportQuota(0);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _active.Dispose();
        }
    }

    private LogSegment ActiveSegment => _segments[^1];

    private void WriteOut(int count)
    {
        if (count == 0)
        {
            return;
        }

        _active.Write(_writeBuffer, 0, count);
        ActiveSegment.Length += count;
    }

    private void Roll()
    {
        _active.Flush(_options.FlushToDisk);
        _active.Dispose();
        StartSegment(_next);
    }

    private void StartSegment(long first)
    {
        var path = Path.Combine(_options.Directory, LogSegment.FileName(first));
        _active = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        _segments.Add(new LogSegment(path, first, first - 1, 0));
    }

    private void ReadSegment(LogSegment segment, long from, int max, List<BufferedReading> into)
    {
        // The forwarder reads on from where it stopped: resume at the cursor instead of scanning the segment from its start.
        var offset = _cursorSegment == segment && _cursorSequence <= from ? _cursorOffset : 0;
        using var stream = new FileStream(segment.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        while (offset < segment.Length && into.Count < max)
        {
            stream.Position = offset;
            var length = (int)Math.Min(_readBuffer.Length, segment.Length - offset);
            stream.ReadExactly(_readBuffer, 0, length);
            var at = 0;
            while (into.Count < max && ReadingRecord.TryRead(_readBuffer.AsSpan(at, length - at), out var record, out var size))
            {
                if (record!.Sequence >= from)
                {
                    into.Add(record);
                }

                at += size;
                _cursorSequence = record.Sequence + 1;
            }

            if (at == 0)
            {
                break;
            }

            offset += at;
        }

        _cursorSegment = segment;
        _cursorOffset = offset;
    }

    private void Recover()
    {
        var stored = _checkpointFile.Read();
        if (stored is null)
        {
            LogCheckpointCorrupt(_logger, _options.Directory);
        }

        _checkpoint = stored ?? 0;
        LogId = LogIdFile.ReadOrCreate(_options.Directory, _options.FlushToDisk);
        var last = _checkpoint;
        var files = Directory.GetFiles(_options.Directory, "*.seg")
            .Select(p => (Path: p, Ok: LogSegment.TryParseFirst(Path.GetFileName(p), out var first), First: first))
            .Where(f => f.Ok)
            .OrderBy(f => f.First);
        foreach (var file in files)
        {
            var segment = ScanAndRepair(file.Path, file.First);
            if (segment.IsEmpty || segment.LastSequence <= _checkpoint)
            {
                File.Delete(file.Path);
                last = Math.Max(last, segment.LastSequence);
                continue;
            }

            _segments.Add(segment);
            last = Math.Max(last, segment.LastSequence);
        }

        _next = last + 1;
        if (_segments.Count > 0 && _segments[^1].Length < _options.SegmentBytes)
        {
            _active = new FileStream(_segments[^1].Path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        }
        else
        {
            StartSegment(_next);
        }

        LogOpened(_logger, _options.Directory, _checkpoint, _next - 1, _segments.Count);
    }

    private LogSegment ScanAndRepair(string path, long first)
    {
        var bytes = File.ReadAllBytes(path);
        var at = 0;
        var last = first - 1;
        while (ReadingRecord.TryRead(bytes.AsSpan(at), out var record, out var size) && record!.Sequence > last)
        {
            last = record.Sequence;
            at += size;
        }

        if (at < bytes.Length)
        {
            // A crash mid-write leaves a torn tail: cut it off so appends continue after the last good record.
            LogTornTail(_logger, path, bytes.Length - at, last);
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
            stream.SetLength(at);
            stream.Flush(_options.FlushToDisk);
        }

        return new LogSegment(path, first, last, at);
    }

    private void ReportQuota(int refusedNow)
    {
        if (refusedNow > 0)
        {
            Interlocked.Add(ref _refusedTotal, refusedNow);
            if (!_quotaFull)
            {
                _quotaFull = true;
                LogQuotaFull(_logger, _options.QuotaBytes, _options.Directory, _next - 1 - _checkpoint);
            }
        }
        else if (_quotaFull && _segments.Sum(s => s.Length) < _options.QuotaBytes * 9 / 10)
        {
            _quotaFull = false;
            LogQuotaRecovered(_logger, Interlocked.Read(ref _refusedTotal));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    [LoggerMessage(EventId = 3100, Level = LogLevel.Information, Message = "Buffer {Directory} opened: checkpoint {Checkpoint}, last sequence {Last}, {Segments} segment(s) to forward")]
    private static partial void LogOpened(ILogger logger, string directory, long checkpoint, long last, int segments);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Buffer segment {Path}: dropped a torn tail of {Bytes} bytes after sequence {Last} (a crash during a write)")]
    private static partial void LogTornTail(ILogger logger, string path, long bytes, long last);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Buffer quota of {Quota} bytes reached in {Directory} with {Pending} readings waiting for the park broker: new readings are REFUSED (counted in edge.buffer.refused) until forwarding frees space")]
    private static partial void LogQuotaFull(ILogger logger, long quota, string directory, long pending);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Buffer below 90% of its quota again; {Refused} readings were refused in total")]
    private static partial void LogQuotaRecovered(ILogger logger, long refused);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Buffer checkpoint in {Directory} is corrupt: replaying every reading still on disk (duplicates are harmless downstream)")]
    private static partial void LogCheckpointCorrupt(ILogger logger, string directory);
}
