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
/// The worker's one writer into InfluxDB (<see cref="IPointSink"/>). Two loops share the spool:
/// <list type="bullet">
/// <item>intake: callers' points queue in a bounded channel and are taken in batches (size and linger). While the spool is
/// empty a batch is written straight to InfluxDB (one request, <c>Storage:RequestTimeout</c>); if that fails it is spooled
/// at once. While the spool holds anything, every batch is appended behind it, so InfluxDB sees every point in arrival
/// order (a rewritten aggregate is never overwritten by an older spooled version) and callers are answered from the
/// spool (spooled = durable) whatever InfluxDB does. A full spool holds intake (back-pressure) until the drain makes room;
/// a live batch never jumps the queue.</item>
/// <item>drain: writes the oldest spooled batches, joined up to <c>Storage:BatchSize</c> lines, one request at a time; after a
/// failure it probes with them on the <see cref="InfluxBackoff"/> schedule until InfluxDB answers, then drains in order.
/// A request InfluxDB does not answer within the timeout halves the drain's request size (grown again by a quarter per
/// success), so a run too large to answer in time is not retried whole forever.</item>
/// </list>
/// When the writer stops or faults, every request it took or still queues completes (spooled, failed or cancelled), so
/// no caller waits forever.
/// </summary>
internal sealed class PointWriter : BackgroundService, IPointSink, IDurablePointWriter
{
    private readonly Channel<WriteRequest> _queue;
    private readonly IInfluxLineWriter _influx;
    private readonly StorageOptions _options;
    private readonly TimeProvider _time;
    private readonly WorkerMetrics _metrics;
    private readonly ILogger<PointWriter> _logger;
    private readonly DiskSpool _spool;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _progress;
    private readonly Lock _spoolLock = new();
    private readonly InfluxBackoff _backoff;
    private readonly Doorbell _spooled = new();
    private readonly Doorbell _drained = new();
    private long _completedRequests;
    private volatile bool _lastWriteReachedInflux = true;
    private volatile string? _lastKeptReason;

    // Lines per drain request: Storage:BatchSize, halved after a request InfluxDB did not answer in time (a joined run of
    // spooled usage_1m lines took longer than the timeout at 10,000 meters; retried whole, it timed out forever while
    // InfluxDB stored it again each time), grown by a quarter after each success. Only the drain loop touches it.
    private int _drainLines;

    public PointWriter(IInfluxLineWriter influx, IOptions<StorageOptions> options, TimeProvider time, WorkerMetrics metrics, StageSupervisor supervisor, StageRegistry stages, ILogger<PointWriter> logger)
    {
        _supervisor = supervisor;
        _progress = stages.Register(StageNames.Writer);
        _influx = influx;
        _options = options.Value;
        _drainLines = _options.BatchSize;
        _time = time;
        _metrics = metrics;
        _logger = logger;
        _backoff = new InfluxBackoff(_options.RetryBaseDelay, _options.RetryMaxDelay, time);
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
        _metrics.Meter.CreateObservableGauge("rm_influx_probing", () => _backoff.Probing ? 1 : 0, description: "1 while InfluxDB failed the last request: live batches are spooled and the writer probes with the oldest");
        _metrics.Meter.CreateObservableGauge("rm_influx_consecutive_failures", () => _backoff.ConsecutiveFailures, description: "InfluxDB write requests failed (kept) in a row, timeouts included");
    }

    /// <summary>Batches in the spool.</summary>
    public int SpooledBatches => _spool.PendingBatches;

    /// <summary>Spool bytes over quota.</summary>
    public double SpoolFill => (double)_spool.Bytes / _spool.MaxBytes;

    /// <summary>True when the last write attempt reached InfluxDB.</summary>
    public bool InfluxReachable => _lastWriteReachedInflux;

    /// <summary>Why the last write attempt was kept for the spool (e.g. a 404 with what to do); null after one that reached InfluxDB.</summary>
    public string? InfluxProblem => _lastKeptReason;

    /// <summary>True while InfluxDB is failing: live batches go to the spool and the drain probes one request at a time.</summary>
    public bool Probing => _backoff.Probing;

    /// <summary>InfluxDB requests failed in a row (timeouts included).</summary>
    public int ConsecutiveFailures => _backoff.ConsecutiveFailures;

    /// <summary>Write requests queued, not yet taken by the writer (readiness: input waiting).</summary>
    public int QueuedRequests => _queue.Reader.Count;

    /// <summary>Write requests completed so far, durable or not (readiness: progress).</summary>
    public long CompletedRequests => Interlocked.Read(ref _completedRequests);

    async Task IPointSink.WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken) =>
        await WriteAsync(points, cancellationToken);

    public Task<PointWriteReport> WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken)
    {
        var lines = new PendingLine[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            lines[i] = new PendingLine(points[i].ToLineProtocol(), points[i].Precision, i);
        }

        return EnqueueAsync(lines, cancellationToken);
    }

    public Task<PointWriteReport> WriteAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        var lines = new PendingLine[batch.Lines.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = new PendingLine(batch.Lines[i], batch.Precision, i);
        }

        return EnqueueAsync(lines, cancellationToken);
    }

    private async Task<PointWriteReport> EnqueueAsync(PendingLine[] lines, CancellationToken cancellationToken)
    {
        if (lines.Length == 0)
        {
            return PointWriteReport.Written;
        }

        var request = new WriteRequest(lines);
        foreach (var line in lines)
        {
            line.Owner = request;
        }

        _progress.Received();
        _ = request.Completion.ContinueWith(
            _ =>
            {
                Interlocked.Increment(ref _completedRequests);
                _progress.Completed();
            },
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
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
        _spooled.Dispose();
        _drained.Dispose();
        base.Dispose();
    }

    // Not restarted in-process: a faulted writer has failed what it held; a fresh process resumes from the spool.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Writer, StageFailurePolicy.StopHost, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var intakeStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        using var drainStop = new CancellationTokenSource();
        var draining = DrainLoopAsync(drainStop.Token);

        // A broken drain (the spool's disk) stops intake too: no request may wait on a spool nobody drains.
        var drainWatch = draining.ContinueWith(_ => intakeStop.Cancel(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        Exception? fault = null;
        try
        {
            await IntakeAsync(intakeStop.Token);
        }
        catch (Exception ex)
        {
            fault = ex;
        }

        await drainStop.CancelAsync();
        try
        {
            await draining;
        }
        catch (Exception ex)
        {
            fault ??= ex;
        }

        await drainWatch.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        FailQueued(fault);
        if (fault is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(fault);
        }
    }

    /// <summary>Takes batches until the writer stops, then writes (or spools) everything still queued.</summary>
    private async Task IntakeAsync(CancellationToken stoppingToken)
    {
        List<PendingLine> inHand = [];
        try
        {
            while (true)
            {
                try
                {
                    inHand = await CollectAsync(stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }

                await DeliverAllAsync(inHand, stoppingToken);
            }

            _queue.Writer.TryComplete();
            inHand = [];
            while (_queue.Reader.TryRead(out var request))
            {
                inHand.AddRange(request.Lines);
            }

            StorageLog.Flushing(_logger, inHand.Count);
            await DeliverAllAsync(inHand, stoppingToken);
        }
        catch (Exception ex)
        {
            Fail(inHand, ex);
            throw;
        }
    }

    private async Task<List<PendingLine>> CollectAsync(CancellationToken stoppingToken)
    {
        var lines = new List<PendingLine>();
        await _queue.Reader.WaitToReadAsync(stoppingToken);

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
            catch (OperationCanceledException) when (linger.IsCancellationRequested || stoppingToken.IsCancellationRequested)
            {
                break; // what is in hand is delivered (or, on stop, delivered with the flush)
            }
        }

        return lines;
    }

    /// <summary>
    /// Delivers <paramref name="lines"/> in order. InfluxDB requests are never cancelled by the stop (they are bounded by
    /// the request timeout); only waiting for room in a full spool is, and then the callers' requests are cancelled.
    /// </summary>
    private async Task DeliverAllAsync(List<PendingLine> lines, CancellationToken stoppingToken)
    {
        try
        {
            foreach (var group in lines.GroupBy(l => l.Precision))
            {
                foreach (var chunk in group.Chunk(_options.BatchSize))
                {
                    await DeliverAsync(chunk, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping while the spool is full: these requests cannot become durable; their messages stay unacknowledged.
            foreach (var owner in lines.Select(l => l.Owner!).Distinct())
            {
                owner.Cancel();
            }
        }
    }

    private async Task DeliverAsync(IReadOnlyList<PendingLine> lines, CancellationToken stoppingToken)
    {
        var batch = new LineBatch(lines[0].Precision, lines.Select(l => l.Text).ToArray());
        if (_spool.PendingBatches > 0)
        {
            // InfluxDB keeps the last write of a series and time. Aggregates (usage_1m, opportunity totals) are rewritten
            // as they grow, so a live write must never overtake an older spooled version of the same point: while the
            // spool holds anything, new batches queue behind it (durable at once) and reach InfluxDB in arrival order.
            // Only intake appends, so an empty spool seen here stays empty until this loop spools something.
            await SpoolAsync(batch, lines, stoppingToken);
            return;
        }

        var outcome = await WriteTimedAsync(batch, CancellationToken.None);
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
                await DeliverAsync(lines.Take(half).ToArray(), stoppingToken);
                await DeliverAsync(lines.Skip(half).ToArray(), stoppingToken);
                break;
            default:
                // No retry on the live path: the batch is durable in the spool at once and the drain probes.
                await SpoolAsync(batch, lines, stoppingToken);
                break;
        }
    }

    private async Task SpoolAsync(LineBatch batch, IReadOnlyList<PendingLine> lines, CancellationToken stoppingToken)
    {
        var warned = false;
        while (!TryAppend(batch))
        {
            // Full: hold intake (callers wait, MQTT messages stay unacknowledged at the broker) until the drain makes room.
            // The batch never goes to InfluxDB from here: older spooled versions of its points must land first.
            if (!warned)
            {
                StorageLog.SpoolFull(_logger, _spool.Bytes, _spool.MaxBytes);
                warned = true;
            }

            await _drained.WaitAsync(stoppingToken);
        }

        _metrics.PointsSpooled(lines.Count);
        Settle(lines, spooled: true);
        _spooled.Ring();
    }

    private bool TryAppend(LineBatch batch)
    {
        lock (_spoolLock)
        {
            return _spool.TryAppend(batch);
        }
    }

    /// <summary>Drains the spool oldest first, one request at a time; after a failure, probes on the backoff schedule.</summary>
    private async Task DrainLoopAsync(CancellationToken stop)
    {
        try
        {
            while (true)
            {
                if (_spool.PendingBatches == 0)
                {
                    await _spooled.WaitAsync(stop);
                    continue;
                }

                var wait = _backoff.Wait;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, _time, stop);
                }

                SpoolRecord record;
                lock (_spoolLock)
                {
                    record = _spool.PeekRun(_drainLines)!;
                }

                if (!await DrainAsync(record.Batch, stop))
                {
                    continue;
                }

                lock (_spoolLock)
                {
                    _spool.Commit(record.Sequence);
                }

                _drained.Ring();
                if (_spool.PendingBatches == 0)
                {
                    StorageLog.SpoolDrained(_logger);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stopping: what is spooled stays for the next start (checkpoint + 1).
        }
    }

    /// <summary>Writes a spooled batch; bad lines are dropped with a log and a count (their messages were acknowledged long ago).</summary>
    private async Task<bool> DrainAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Lines.Count > _drainLines)
        {
            var (head, tail) = batch.Split();
            return await DrainAsync(head, cancellationToken) && await DrainAsync(tail, cancellationToken);
        }

        var outcome = await WriteTimedAsync(batch, cancellationToken);
        switch (outcome.Kind)
        {
            case WriteOutcomeKind.Accepted:
                _drainLines = Math.Min(_options.BatchSize, Math.Max(_drainLines + 1, _drainLines * 5 / 4));
                return true;
            case WriteOutcomeKind.Kept when outcome.TimedOut && batch.Lines.Count > 1:
                _drainLines = Math.Max(1, batch.Lines.Count / 2);
                StorageLog.DrainRequestsShrunk(_logger, batch.Lines.Count, _drainLines);
                return false;
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
        _lastKeptReason = outcome.Kind == WriteOutcomeKind.Kept ? outcome.Reason : null;
        if (outcome.Kind == WriteOutcomeKind.Kept)
        {
            _backoff.Failed(outcome.RetryAfter, Random.Shared.NextDouble());
        }
        else
        {
            _backoff.Succeeded();
        }

        _metrics.WriteFinished(outcome.Kind.ToString().ToLowerInvariant(), batch.Lines.Count, _time.GetElapsedTime(start));
        return outcome;
    }

    private static void Settle(IReadOnlyList<PendingLine> lines, bool spooled)
    {
        foreach (var group in lines.GroupBy(l => l.Owner!))
        {
            group.Key.Settle(group.Count(), spooled);
        }
    }

    private static void Fail(IEnumerable<PendingLine> lines, Exception exception)
    {
        foreach (var owner in lines.Select(l => l.Owner!).Distinct())
        {
            owner.Fail(exception);
        }
    }

    /// <summary>Completes every request still queued: failed when the writer faulted, cancelled when it stopped.</summary>
    private void FailQueued(Exception? fault)
    {
        _queue.Writer.TryComplete(fault);
        while (_queue.Reader.TryRead(out var request))
        {
            if (fault is null)
            {
                request.Cancel();
            }
            else
            {
                request.Fail(fault);
            }
        }
    }

    private void RejectLine(PendingLine line, string reason)
    {
        _metrics.PointsRejected(1);
        StorageLog.PointRejected(_logger, line.Text, reason);
        line.Owner!.Reject(new RejectedPoint(line.Index, line.Text, reason));
    }
}
