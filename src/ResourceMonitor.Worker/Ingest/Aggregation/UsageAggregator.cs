using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// Per meter and minute usage (<see cref="MeterWindow"/>) from the accepted readings, written as <c>usage_1m</c> through
/// <see cref="IPointSink"/>. Changed minutes are written every flush interval; then each meter's minutes older than the
/// lateness are closed, counted back from the worker's clock or from the meter's own latest reading, whichever is earlier:
/// a meter whose readings arrive hours late (an edge agent's buffer after an outage, a back-fill) is aggregated in its own
/// time, not dropped because the worker's clock has moved on.
/// Exactly once across restarts: every change of a window (a reading taken, its open minutes moved on) is journaled
/// before the pipeline acknowledges the message, and the journal is replayed in order before the first batch or flush, so
/// a restarted aggregator holds exactly the minutes, anchors and readings it held when it stopped or was killed; a
/// redelivered reading it already took is refused as held (or as final), one it never took counts as it would have. When
/// a journal append or a write fails, the in-memory windows are dropped and rebuilt from the journal at the next call, so
/// neither a reading the journal lacks nor a minute whose write was lost can survive the failure.
/// </summary>
internal sealed class UsageAggregator : BackgroundService, IAcceptedReadingsConsumer
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<MeterKey, (MeterWindow Window, MeterProfile Profile)> _windows = [];
    private readonly IReadingCatalog _catalog;
    private readonly IPointSink _sink;
    private readonly AggregationOptions _options;
    private readonly TimeProvider _time;
    private readonly UsageJournal _journal;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress _flushed;
    private bool _replayed;

    public UsageAggregator(IReadingCatalog catalog, IPointSink sink, IOptions<AggregationOptions> options, TimeProvider time, StageSupervisor supervisor, StageRegistry stages)
    {
        _supervisor = supervisor;
        _flushed = stages.Register(StageNames.Aggregation, options.Value.FlushInterval);
        _catalog = catalog;
        _sink = sink;
        _options = options.Value;
        _time = time;
        _journal = new UsageJournal(Path.GetFullPath(_options.JournalDirectory, AppContext.BaseDirectory));
    }

    public async ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            EnsureReplayed();
            var changes = new List<JournalEntry>(batch.Readings.Count + 1);
            foreach (var reading in batch.Readings)
            {
                if (reading.Kind == ReadingKind.Counter && reading.Quality == ReadingQuality.Suspect)
                {
                    // A flagged counter value (held by the edge's counter rules, or flagged by the device's status) is stored
                    // as a reading but never booked: usage counts from the values around it (docs/storage.md).
                    continue;
                }

                Take(new JournalReading(new MeterKey(batch.Park, batch.Plant, reading.Meter), reading.Timestamp, reading.Value), changes);
            }

            Journal(changes);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            EnsureReplayed();
        }
        finally
        {
            _gate.Release();
        }

        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _journal.Dispose();
        _gate.Dispose();
        base.Dispose();
    }

    // Not restarted in-process: a failed flush has taken its changed minutes; a fresh process rebuilds them from the journal.
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Aggregation, StageFailurePolicy.StopHost, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_options.FlushInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(close: true, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush below writes what changed.
        }

        await FlushAsync(close: false, CancellationToken.None);
    }

    /// <summary>Writes every changed minute durably, then closes the minutes older than the lateness.</summary>
    internal async Task FlushAsync(bool close, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            EnsureReplayed();
            var points = new List<PointData>();
            foreach (var (key, (window, profile)) in _windows)
            {
                points.AddRange(window.TakeChanged().Select(usage => UsagePoint.Create(key, profile, usage)));
            }

            try
            {
                await _sink.WriteAsync(points, cancellationToken);
            }
            catch (Exception)
            {
                // The minutes taken above are no longer marked changed: rebuilding from the journal marks every open one again.
                Forget();
                throw;
            }

            _journal.Sync();
            _flushed.Ran();
            if (close)
            {
                Close();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Close()
    {
        var horizon = Horizon();
        var moved = new List<JournalEntry>();
        foreach (var (key, (window, _)) in _windows.Where(w => w.Value.Window.Count > 0))
        {
            var before = window.Horizon;
            window.Close(Earlier(horizon, MeterWindow.MinuteOf(window.Latest - _options.Lateness)));
            if (window.Horizon != before)
            {
                moved.Add(new JournalHorizon(key, window.Horizon));
            }
        }

        Journal(moved);
        if (_journal.Length > _options.JournalCompactBytes)
        {
            _journal.Compact(_windows.SelectMany(w => Rebuild(w.Key, w.Value.Window)));
        }
    }

    /// <summary>What a compacted journal keeps of a window: where its open minutes start, its anchor, its readings.</summary>
    private static IEnumerable<JournalEntry> Rebuild(MeterKey meter, MeterWindow window) =>
        window.Samples.Select(s => (JournalEntry)new JournalReading(meter, s.Timestamp, s.Value)).Prepend(new JournalHorizon(meter, window.Horizon));

    private DateTimeOffset Horizon() => MeterWindow.MinuteOf(_time.GetUtcNow() - _options.Lateness);

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private void Journal(List<JournalEntry> changes)
    {
        try
        {
            _journal.Append(changes);
        }
        catch (Exception)
        {
            // The windows took readings the journal does not have: a redelivery must find them missing, not held.
            Forget();
            throw;
        }
    }

    private void Forget()
    {
        _windows.Clear();
        _replayed = false;
    }

    private void EnsureReplayed()
    {
        if (_replayed)
        {
            return;
        }

        _replayed = true;
        foreach (var entry in _journal.Replay())
        {
            switch (entry)
            {
                case JournalHorizon horizon when _windows.TryGetValue(horizon.Meter, out var state):
                    state.Window.Close(horizon.Horizon);
                    break;
                case JournalHorizon horizon:
                    Open(horizon.Meter, horizon.Horizon);
                    break;
                case JournalReading reading:
                    // A journal written before horizon entries existed: a meter's first reading opened its own minute.
                    var window = _windows.TryGetValue(reading.Meter, out var open) ? open.Window : Open(reading.Meter, MeterWindow.MinuteOf(reading.Timestamp));
                    window?.Add(reading.Timestamp, reading.Value);
                    break;
            }
        }
    }

    /// <summary>Takes a reading live, adding what changed to <paramref name="changes"/>: a new window's horizon, the reading.</summary>
    private void Take(JournalReading reading, List<JournalEntry> changes)
    {
        if (!_windows.TryGetValue(reading.Meter, out var state))
        {
            // A meter's first reading opens its own minute, or the lateness's if that is earlier: history is aggregated from its start.
            var horizon = Earlier(Horizon(), MeterWindow.MinuteOf(reading.Timestamp));
            if (Open(reading.Meter, horizon) is null)
            {
                return;
            }

            changes.Add(new JournalHorizon(reading.Meter, horizon));
            state = _windows[reading.Meter];
        }

        if (state.Window.Add(reading.Timestamp, reading.Value))
        {
            changes.Add(reading);
        }
    }

    private MeterWindow? Open(MeterKey meter, DateTimeOffset horizon)
    {
        if (_catalog.Describe(meter.Park, meter.Plant, meter.Meter) is not { } profile)
        {
            return null;
        }

        var window = new MeterWindow(profile.Series, _options.MaxGap, horizon);
        _windows[meter] = (window, profile);
        return window;
    }
}
