using Microsoft.Extensions.Logging;
using ResourceMonitor.Contracts;
using ResourceMonitor.DurableLog;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>
/// The durable store-and-forward buffer: readings in the shared <see cref="DurableLog{T}"/> (segments, CRC, per-agent
/// sequence numbers, a checkpoint that only <see cref="Release"/> moves, torn-tail recovery). Bounded by a disk quota:
/// when full, new readings are refused and counted (the oldest, unforwarded ones are never dropped). Thread-safe.
/// </summary>
public sealed partial class ReadingLog : IDisposable
{
    private readonly DurableLog<Reading> _log;
    private readonly ILogger _logger;
    private readonly Lock _quotaGate = new();
    private bool _quotaFull;
    private long _refusedBeforeAppend;

    private ReadingLog(DurableLog<Reading> log, string logId, ILogger logger)
    {
        _log = log;
        LogId = logId;
        _logger = logger;
    }

    /// <summary>Names this log's numbering (see <see cref="LogIdFile"/>): batches carry it so the worker tells a new log from repeats.</summary>
    public string LogId { get; }

    /// <summary>The last sequence number acknowledged downstream (0 before any).</summary>
    public long Checkpoint => _log.Checkpoint;

    /// <summary>The sequence number of the last reading appended (the checkpoint when the log is empty).</summary>
    public long LastSequence => _log.LastSequence;

    /// <summary>Readings appended but not yet released.</summary>
    public long Pending => _log.Pending;

    /// <summary>Bytes on disk in segment files.</summary>
    public long UsedBytes => _log.UsedBytes;

    /// <summary>Bytes that may still be appended before the quota is reached.</summary>
    public long FreeBytes => Math.Max(0, _log.QuotaBytes - _log.UsedBytes);

    /// <summary>Whether use is below 90 % of the quota again (where refusing stops), so refused input may be taken again.</summary>
    public bool HasRoomAgain => _log.UsedBytes < _log.QuotaBytes * 9 / 10;

    /// <summary>The configured quota in bytes.</summary>
    public long QuotaBytes => _log.QuotaBytes;

    /// <summary>Readings refused because the quota was reached, since the log was opened.</summary>
    public long RefusedTotal => _log.RefusedTotal + Interlocked.Read(ref _refusedBeforeAppend);

    /// <summary>Opens (or creates) the log in <see cref="BufferOptions.Directory"/>, recovering from a crash (and converting a buffer left by cb51c66).</summary>
    public static ReadingLog Open(BufferOptions options, ILogger logger)
    {
        var log = new DurableLog<Reading>(
            new DurableLogOptions
            {
                Directory = options.Directory,
                SegmentBytes = options.SegmentBytes,
                QuotaBytes = options.QuotaBytes,
                Fsync = options.FlushToDisk ? FsyncPolicy.EveryAppend : FsyncPolicy.OperatingSystem,
                Name = "Edge buffer",
            },
            ReadingRecord.Instance,
            logger);
        return new ReadingLog(log, LogIdFile.ReadOrCreate(options.Directory, options.FlushToDisk), logger);
    }

    /// <summary>Appends readings in order, then flushes once (group commit). Readings over the quota are refused and counted.</summary>
    public AppendOutcome Append(IReadOnlyList<Reading> readings)
    {
        var outcome = _log.Append(readings);
        ReportQuota(outcome.Refused);
        return new AppendOutcome(outcome.Appended, outcome.Refused, outcome.LastSequence);
    }

    /// <summary>Counts readings refused before they were appended (their input keeps them, e.g. an unacknowledged local message).</summary>
    public void CountRefused(int readings)
    {
        Interlocked.Add(ref _refusedBeforeAppend, readings);
        ReportQuota(readings);
    }

    /// <summary>Up to <paramref name="max"/> readings from sequence <paramref name="from"/> on, in order.</summary>
    public IReadOnlyList<BufferedReading> Read(long from, int max) =>
        _log.Read(from, max).Select(r => new BufferedReading(r.Sequence, r.Value)).ToList();

    /// <summary>Completes when a reading after <paramref name="afterSequence"/> is in the log.</summary>
    public Task WaitForAppendAsync(long afterSequence, CancellationToken cancellationToken) =>
        _log.WaitForAppendAsync(afterSequence, cancellationToken);

    /// <summary>
    /// Marks every reading up to <paramref name="sequence"/> as acknowledged downstream: persists the checkpoint and deletes
    /// segments that hold only released readings. Until then readings stay addressable by sequence number.
    /// </summary>
    public void Release(long sequence)
    {
        _log.Release(sequence);
        ReportQuota(0);
    }

    /// <inheritdoc />
    public void Dispose() => _log.Dispose();

    private void ReportQuota(int refusedNow)
    {
        lock (_quotaGate)
        {
            if (refusedNow > 0 && !_quotaFull)
            {
                _quotaFull = true;
                LogQuotaFull(_logger, _log.QuotaBytes, _log.Pending);
            }
            else if (refusedNow == 0 && _quotaFull && HasRoomAgain)
            {
                _quotaFull = false;
                LogQuotaRecovered(_logger, RefusedTotal);
            }
        }
    }

    [LoggerMessage(EventId = 3102, Level = LogLevel.Error, Message = "Buffer quota of {Quota} bytes reached with {Pending} readings waiting for the park broker: new readings are REFUSED (counted in edge.buffer.refused) until forwarding frees space")]
    private static partial void LogQuotaFull(ILogger logger, long quota, long pending);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Buffer below 90% of its quota again; {Refused} readings were refused in total")]
    private static partial void LogQuotaRecovered(ILogger logger, long refused);
}
