using System.Threading.Channels;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage.Spool;

namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// The worker's one writer into InfluxDB (<see cref="IPointSink"/>): callers' points queue in a bounded channel, the loop
/// writes them in batches (size and linger), and every batch ends accepted, rejected point by point, or kept in the
/// spool. While the spool holds anything, live batches queue behind it, so InfluxDB sees every point in arrival order
/// (a rewritten aggregate is never overwritten by an older spooled version); the spool drains in bounded runs.
/// </summary>
internal sealed class PointWriter : BackgroundService, IPointSink, IDurablePointWriter
{
    /// <summary>Spooled batches written per loop cycle at most, so a long backlog does not hold up the shutdown check.</summary>
    private const int MaxDrainPerCycle = 64;

    private readonly Channel<WriteRequest> _queue;
    private readonly IInfluxLineWriter _influx;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly WorkerMetrics _metrics;
    private readonly ILogger<PointWriter> _logger;
    private readonly DiskSpool _spool;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _progress;
    private DateTimeOffset _nextDrainAt;
    private volatile bool _lastWriteReachedInflux = true;

    public PointWriter(IInfluxLineWriter influx, IOptions<StorageOptions> options, TimeProvider time, WorkerMetrics metrics, StageSupervisor supervisor, StageRegistry stages, ILogger<PointWriter> logger)
    {
        _supervisor = supervisor;
        _progress = stages.Register(StageNames.Writer);
        _influx = influx;
        _options = options.Value;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _queue = Channel.CreateBounded<WriteRequest>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
        _spool = DiskSpool.Open(Path.GetFullPath(_options.SpoolDirectory, AppContext.BaseDirectory), _options.SpoolMaxBytes, _options.SpoolSegmentBytes, logger);
        _metrics.Meter.CreateObservableGauge("rm_spool_batches", () => _spool.PendingBatches, description: "Batches in the spool waiting for InfluxDB");
        _metrics.Meter.CreateObservableGauge("rm_spool_bytes", () => _spool.Bytes, unit: "By", description: "Bytes the spool occupies on disk");
        _metrics.Meter.CreateObservableGauge("rm_spool_fill_ratio", () => (double)_spool.Bytes / _spool.MaxBytes, description: "Spool bytes over its quota (1 = full: the writer back-pressures)");
        _metrics.Meter.CreateObservableGauge("rm_write_queue_requests", () => _queue.Reader.Count, description: "Write requests waiting for the writer");
    }

    /// <summary>Batches in the spool.</summary>
    public int SpooledBatches => _spool.PendingBatches;

    /// <summary>Spool bytes over quota.</summary>
    public double SpoolFill => (double)_spool.Bytes / _spool.MaxBytes;

    /// <summary>True when the last write attempt reached InfluxDB.</summary>
    public bool InfluxReachable => _lastWriteReachedInflux;

    async Task IPointSink.WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken) =>
        await WriteAsync(points, cancellationToken);

    public async Task<PointWriteReport> WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken)
    {
        if (points.Count == 0)
        {
            return PointWriteReport.Written;
        }

        var lines = new PendingLine[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            lines[i] = new PendingLine(points[i].ToLineProtocol(), points[i].Precision);
        }

        var request = new WriteRequest(lines);
        foreach (var line in lines)
        {
            line.Owner = request;
        }

        _progress.Received(lines.Length);
        await _queue.Writer.WriteAsync(request, cancellationToken);
        return await request.Completion.WaitAsync(cancellationToken);
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await _influx.PingAsync(cancellationToken))
        {
            if (_options.RequireInfluxAtStart)
            {
                throw new InvalidOperationException(
                    $"InfluxDB at {_options.Url} (configuration key Storage:Url) does not answer its ping. Start InfluxDB, fix Storage:Url, " +
                    "or set Storage:RequireInfluxAtStart=false to start anyway and keep readings in the spool until it answers.");
            }

            _lastWriteReachedInflux = false;
            StorageLog.StartingWithoutInflux(_logger, _options.Url);
        }

        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _spool.Dispose();
        base.Dispose();
    }

    // Not restarted in-process: write requests in hand would never settle. A fresh process resumes from the spool.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Writer, StageFailurePolicy.StopHost, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            List<PendingLine> lines;
            try
            {
                lines = await CollectAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            await DeliverAllAsync(lines, stoppingToken);
            try
            {
                await DrainBacklogAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        await FlushAsync();
    }

    /// <summary>Graceful shutdown: writes (or spools) everything still queued.</summary>
    private async Task FlushAsync()
    {
        _queue.Writer.TryComplete();
        var lines = new List<PendingLine>();
        while (_queue.Reader.TryRead(out var request))
        {
            lines.AddRange(request.Lines);
        }

        StorageLog.Flushing(_logger, lines.Count);
        await DeliverAllAsync(lines, CancellationToken.None);
    }

    private async Task<List<PendingLine>> CollectAsync(CancellationToken stoppingToken)
    {
        var lines = new List<PendingLine>();
        if (!await WaitForFirstAsync(stoppingToken))
        {
            return lines;
        }

        using var linger = new CancellationTokenSource(_options.Linger, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(linger.Token, stoppingToken);
        while (lines.Count < _options.BatchSize)
        {
            while (lines.Count < _options.BatchSize && _queue.Reader.TryRead(out var request))
            {
                lines.AddRange(request.Lines);
            }

            if (lines.Count >= _options.BatchSize || _options.Linger == TimeSpan.Zero)
            {
                break;
            }

            try
            {
                if (!await _queue.Reader.WaitToReadAsync(either.Token))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (linger.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
            {
                break;
            }
        }

        return lines;
    }

    /// <summary>Waits for the first request; while the spool has data, only as long as draining should wait.</summary>
    private async Task<bool> WaitForFirstAsync(CancellationToken stoppingToken)
    {
        if (_spool.PendingBatches == 0)
        {
            return await _queue.Reader.WaitToReadAsync(stoppingToken);
        }

        var wait = _nextDrainAt - _time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return _queue.Reader.TryPeek(out _);
        }

        using var timeout = new CancellationTokenSource(wait, _time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
        try
        {
            return await _queue.Reader.WaitToReadAsync(either.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task DeliverAllAsync(List<PendingLine> lines, CancellationToken cancellationToken)
    {
        foreach (var group in lines.GroupBy(l => l.Precision))
        {
            foreach (var chunk in group.Chunk(_options.BatchSize))
            {
                try
                {
                    await DeliverAsync(chunk, cancellationToken);
                }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                {
                    // Stopping mid-write: the flush writes these again (idempotent), or their callers get no durability and no ack.
                    await DeliverAsync(chunk, CancellationToken.None);
                }
            }
        }
    }

    private async Task DeliverAsync(IReadOnlyList<PendingLine> lines, CancellationToken cancellationToken)
    {
        var batch = new LineBatch(lines[0].Precision, lines.Select(l => l.Text).ToArray());
        if (_spool.PendingBatches > 0)
        {
            // InfluxDB keeps the last write of a series and time. Aggregates (usage_1m, opportunity totals) are rewritten
            // as they grow, so a live write must never overtake an older spooled version of the same point: while the
            // spool holds anything, new batches queue behind it (durable at once) and reach InfluxDB in arrival order.
            await SpoolAsync(batch, lines, cancellationToken);
            return;
        }

        var outcome = await WriteTimedAsync(batch, cancellationToken);
        switch (outcome.Kind)
        {
            case WriteOutcomeKind.Accepted:
                Settle(lines, spooled: false);
                break;
            case WriteOutcomeKind.Rejected or WriteOutcomeKind.TooLarge when lines.Count == 1:
                RejectLine(lines[0], outcome.Reason ?? "refused by InfluxDB");
                break;
            case WriteOutcomeKind.Rejected or WriteOutcomeKind.TooLarge:
                // Find the bad point(s) by halving; rewriting points InfluxDB already took is harmless (same series and time overwrite).
                var half = lines.Count / 2;
                await DeliverAsync(lines.Take(half).ToArray(), cancellationToken);
                await DeliverAsync(lines.Skip(half).ToArray(), cancellationToken);
                break;
            default:
                await SpoolAsync(batch, lines, cancellationToken);
                break;
        }
    }

    private async Task SpoolAsync(LineBatch batch, IReadOnlyList<PendingLine> lines, CancellationToken cancellationToken)
    {
        var warned = false;
        while (!_spool.TryAppend(batch))
        {
            // Full: stop taking work (callers wait, MQTT messages stay unacknowledged at the broker) until InfluxDB takes some.
            if (!warned)
            {
                StorageLog.SpoolFull(_logger, _spool.Bytes, _spool.MaxBytes);
                warned = true;
            }

            await Task.Delay(_options.DrainInterval, _time, cancellationToken);
            _nextDrainAt = _time.GetUtcNow();
            await DrainOneAsync(cancellationToken);
            if ((await WriteTimedAsync(batch, cancellationToken)).Kind == WriteOutcomeKind.Accepted)
            {
                Settle(lines, spooled: false);
                return;
            }
        }

        _metrics.PointsSpooled(lines.Count);
        Settle(lines, spooled: true);
    }

    /// <summary>
    /// Drains up to <see cref="MaxDrainPerCycle"/> spooled batches while InfluxDB takes them: more than live traffic adds
    /// per cycle (live batches queue behind the spool), so the backlog shrinks; a failure waits for the drain interval.
    /// </summary>
    private async Task DrainBacklogAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < MaxDrainPerCycle && _spool.PendingBatches > 0 && _time.GetUtcNow() >= _nextDrainAt; i++)
        {
            await DrainOneAsync(cancellationToken);
        }
    }

    private async Task DrainOneAsync(CancellationToken cancellationToken)
    {
        if (_spool.PendingBatches == 0 || _time.GetUtcNow() < _nextDrainAt)
        {
            return;
        }

        var record = _spool.Peek()!;
        if (await DrainAsync(record.Batch, cancellationToken))
        {
            _spool.Commit(record.Sequence);
            if (_spool.PendingBatches == 0)
            {
                StorageLog.SpoolDrained(_logger);
            }
        }
        else
        {
            _nextDrainAt = _time.GetUtcNow() + _options.DrainInterval;
        }
    }

    /// <summary>Writes a spooled batch; bad lines are dropped with a log and a count (their messages were acknowledged long ago).</summary>
    private async Task<bool> DrainAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        var outcome = await WriteTimedAsync(batch, cancellationToken);
        switch (outcome.Kind)
        {
            case WriteOutcomeKind.Accepted:
                return true;
            case WriteOutcomeKind.Rejected or WriteOutcomeKind.TooLarge when batch.Lines.Count == 1:
                _metrics.PointsRejected(1);
                StorageLog.PointRejected(_logger, batch.Lines[0], outcome.Reason ?? string.Empty);
                return true;
            case WriteOutcomeKind.Rejected or WriteOutcomeKind.TooLarge:
                var (first, second) = batch.Split();
                return await DrainAsync(first, cancellationToken) && await DrainAsync(second, cancellationToken);
            default:
                return false;
        }
    }

    private async Task<WriteOutcome> WriteTimedAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        var start = _time.GetTimestamp();
        var outcome = await _influx.WriteAsync(batch, cancellationToken);
        _lastWriteReachedInflux = outcome.Kind != WriteOutcomeKind.Kept;
        _metrics.WriteFinished(outcome.Kind.ToString().ToLowerInvariant(), batch.Lines.Count, _time.GetElapsedTime(start));
        return outcome;
    }

    private void Settle(IReadOnlyList<PendingLine> lines, bool spooled)
    {
        _progress.Completed(lines.Count);
        foreach (var group in lines.GroupBy(l => l.Owner!))
        {
            group.Key.Settle(group.Count(), spooled);
        }
    }

    private void RejectLine(PendingLine line, string reason)
    {
        _metrics.PointsRejected(1);
        _progress.Completed();
        StorageLog.PointRejected(_logger, line.Text, reason);
        line.Owner!.Reject(new RejectedPoint(line.Text, reason));
    }
}
