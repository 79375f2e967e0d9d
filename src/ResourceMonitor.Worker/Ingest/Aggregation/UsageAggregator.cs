using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// Per meter and minute usage (<see cref="MeterWindow"/>) from the accepted readings, written as <c>usage_1m</c> through
/// <see cref="IPointSink"/>. Readings are journaled before the pipeline acknowledges their message, and replayed at
/// start, so neither a redelivery nor a killed worker changes a minute's sums (adds are idempotent per timestamp).
/// Changed minutes are written every flush interval; then each meter's minutes older than the lateness are closed,
/// counted back from the worker's clock or from the meter's own latest reading, whichever is earlier: a meter whose
/// readings arrive hours late (an edge agent's buffer after an outage, a back-fill) is aggregated in its own time,
/// not dropped because the worker's clock has moved on.
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
            var taken = new List<JournalEntry>(batch.Readings.Count);
            foreach (var reading in batch.Readings)
            {
                var entry = new JournalEntry(new MeterKey(batch.Park, batch.Plant, reading.Meter), reading.Timestamp, reading.Value);
                if (Take(entry, replaying: false))
                {
                    taken.Add(entry);
                }
            }

            _journal.Append(taken);
        }
        finally
        {
            _gate.Release();
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in _journal.Replay())
        {
            Take(entry, replaying: true);
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
            var points = new List<PointData>();
            foreach (var (key, (window, profile)) in _windows)
            {
                points.AddRange(window.TakeChanged().Select(usage => UsagePoint.Create(key, profile, usage)));
            }

            await _sink.WriteAsync(points, cancellationToken);
            _journal.Sync();
            _flushed.Ran();
            if (!close)
            {
                return;
            }

            var horizon = Horizon();
            foreach (var (window, _) in _windows.Values.Where(w => w.Window.Count > 0))
            {
                window.Close(Earlier(horizon, MeterWindow.MinuteOf(window.Latest - _options.Lateness)));
            }

            if (_journal.Length > _options.JournalCompactBytes)
            {
                _journal.Compact(_windows.SelectMany(w => w.Value.Window.Samples.Select(s => new JournalEntry(w.Key, s.Timestamp, s.Value))));
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private DateTimeOffset Horizon() => MeterWindow.MinuteOf(_time.GetUtcNow() - _options.Lateness);

    private static DateTimeOffset Earlier(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private bool Take(JournalEntry entry, bool replaying)
    {
        if (!_windows.TryGetValue(entry.Meter, out var state))
        {
            if (_catalog.Describe(entry.Meter.Plant, entry.Meter.Meter) is not { } profile)
            {
                return false;
            }

            state = (new MeterWindow(profile.Series, _options.MaxGap, Earlier(Horizon(), FirstOpenMinute(entry.Timestamp, replaying))), profile);
            _windows[entry.Meter] = state;
        }

        return state.Window.Add(entry.Timestamp, entry.Value);
    }

    /// <summary>
    /// Where a new window's open minutes start when its first reading is older than the lateness: a meter's first reading
    /// opens its own minute (history is aggregated from its start); a journal's first entry may be the anchor a
    /// compaction kept, whose minute the journal cannot rebuild whole, so replay opens the minute after it.
    /// </summary>
    private static DateTimeOffset FirstOpenMinute(DateTimeOffset first, bool replaying) =>
        replaying ? MeterWindow.MinuteOf(first).AddMinutes(1) : MeterWindow.MinuteOf(first);
}
