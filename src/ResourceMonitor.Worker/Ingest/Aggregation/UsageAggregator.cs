using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// Per meter and minute usage (<see cref="MeterWindow"/>) from the accepted readings, written as <c>usage_1m</c> through
/// <see cref="IPointSink"/>. Readings are journaled before the pipeline acknowledges their message, and replayed at
/// start, so neither a redelivery nor a killed worker changes a minute's sums (adds are idempotent per timestamp).
/// Changed minutes are written every flush interval; minutes older than the lateness are then closed.
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

    public UsageAggregator(IReadingCatalog catalog, IPointSink sink, IOptions<AggregationOptions> options, TimeProvider time)
    {
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
                if (Take(entry))
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
            Take(entry);
        }

        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _journal.Dispose();
        _gate.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
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
            if (!close)
            {
                return;
            }

            var horizon = Horizon();
            foreach (var (window, _) in _windows.Values)
            {
                window.Close(horizon);
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

    private bool Take(JournalEntry entry)
    {
        if (!_windows.TryGetValue(entry.Meter, out var state))
        {
            if (_catalog.Describe(entry.Meter.Plant, entry.Meter.Meter) is not { } profile)
            {
                return false;
            }

            state = (new MeterWindow(profile.Series, _options.MaxGap, Horizon()), profile);
            _windows[entry.Meter] = state;
        }

        return state.Window.Add(entry.Timestamp, entry.Value);
    }
}
