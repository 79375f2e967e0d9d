using System.Text.Json;
using System.Threading.Channels;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// Feeds accepted readings to the park's surplus detection (the ingest fan-out only enqueues: bounded, Wait mode) and
/// evaluates at once when a reading turned an offer or need on or off, at the due time of a pending opening or closing,
/// and every evaluation interval (for silence), all on the injected <see cref="TimeProvider"/>: each alert goes to <c>rm/v1/{park}/opportunities/{id}</c> (retained
/// state; empty when closed), <c>rm/v1/{park}/alerts</c>, InfluxDB and the webhooks; each resource's supply and demand goes to
/// InfluxDB every evaluation, each open opportunity's running totals every running-totals interval; the state is saved
/// after every evaluation. Feed and evaluation run as one supervised stage (<c>symbiosis</c>): if either faults both stop
/// and the supervisor restarts them after a backoff (the detection state lives on in <see cref="SymbiosisState"/>).
/// </summary>
public sealed class SymbiosisMonitor : BackgroundService, IAcceptedReadingsConsumer
{
    private readonly Channel<AcceptedBatch> _queue;
    private readonly EvaluationTrigger _trigger = new();
    private readonly SymbiosisState _state;
    private readonly SnapshotStore _snapshots;
    private readonly IParkPublisher _publisher;
    private readonly IPointSink _sink;
    private readonly WebhookSender _webhooks;
    private readonly SymbiosisOptions _options;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly StageProgress? _fed;
    private readonly StageProgress? _evaluated;
    private readonly ILogger<SymbiosisMonitor> _logger;
    private DateTimeOffset _nextRunningTotals = DateTimeOffset.MinValue;

    /// <summary>Creates the monitor.</summary>
    public SymbiosisMonitor(
        SymbiosisState state, SnapshotStore snapshots, IParkPublisher publisher, IPointSink sink, WebhookSender webhooks,
        IOptions<SymbiosisOptions> options, TimeProvider time, StageSupervisor supervisor, StageRegistry stages, ILogger<SymbiosisMonitor> logger)
    {
        (_state, _snapshots, _publisher, _sink, _webhooks) = (state, snapshots, publisher, sink, webhooks);
        (_options, _time, _supervisor, _logger) = (options.Value, time, supervisor, logger);
        if (_options.Enabled)
        {
            // Disabled, nothing runs: nothing is registered for readiness to wait on.
            _fed = stages.Register(StageNames.SymbiosisFeed);
            _evaluated = stages.Register(StageNames.SymbiosisEvaluation, _options.EvaluationInterval);
        }

        _queue = Channel.CreateBounded<AcceptedBatch>(new BoundedChannelOptions(_options.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
    }

    /// <inheritdoc />
    public ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        if (!_options.Enabled || batch.Park != _state.Park)
        {
            return ValueTask.CompletedTask;
        }

        _fed?.Received();
        return _queue.Writer.WriteAsync(batch, cancellationToken);
    }

    /// <inheritdoc />
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await _snapshots.LoadAsync(cancellationToken) is { } snapshot)
            {
                _state.Restore(snapshot, _time.GetUtcNow());
                SymbiosisLog.Restored(_logger, _snapshots.FilePath, snapshot.Open.Count);
            }
        }
        catch (JsonException ex)
        {
            SymbiosisLog.SnapshotUnreadable(_logger, ex, _snapshots.FilePath);
        }

        await base.StartAsync(cancellationToken);
    }

    /// <summary>One evaluation now: alerts published, written, posted; the balance per resource written; state saved (the timer's step; tests call it).</summary>
    public async Task EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var (alerts, balances, snapshot) = _state.Evaluate(now);
        foreach (var alert in alerts)
        {
            SymbiosisLog.Alert(_logger, alert.State, alert.Opportunity.Id, alert.Reason);
            var json = JsonSerializer.SerializeToUtf8Bytes(alert, SymbiosisJsonContext.Default.OpportunityAlert);
            var state = alert.State == "closed" ? [] : JsonSerializer.SerializeToUtf8Bytes(alert.Opportunity, SymbiosisJsonContext.Default.Opportunity);
            await OpportunityPublication.PublishAsync(_publisher, _state.Park, alert.Opportunity, state, json, cancellationToken);
            await _webhooks.EnqueueAsync(System.Text.Encoding.UTF8.GetString(json), cancellationToken);
        }

        var points = new List<PointData>(alerts.Count + balances.Count + snapshot.Open.Count);
        points.AddRange(alerts.Select(a => OpportunityPoint.Of(a)));
        points.AddRange(balances.Select(b => BalancePoint.Of(_state.Park, now, b)));
        if (now >= _nextRunningTotals)
        {
            // An opportunity that just had its alert this evaluation already has its point at this instant.
            var alerted = alerts.Select(a => a.Opportunity.Id).ToHashSet(StringComparer.Ordinal);
            points.AddRange(snapshot.Open.Where(o => !alerted.Contains(o.Id)).Select(o => OpportunityPoint.Running(_state.Park, now, o)));
            _nextRunningTotals = now + _options.RunningTotalsInterval;
        }

        if (points.Count > 0)
        {
            await _sink.WriteAsync(points, cancellationToken);
        }

        await _snapshots.SaveAsync(snapshot, cancellationToken);
        _evaluated?.Ran();
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _options.Enabled
            ? _supervisor.RunAsync(StageNames.Symbiosis, StageFailurePolicy.Restart, token => StageGroup.RunAsync(token, FeedAsync, EvaluateWhenDueAsync), stoppingToken)
            : Task.CompletedTask;

    private async Task EvaluateWhenDueAsync(CancellationToken stoppingToken)
    {
        var nextTick = _time.GetUtcNow() + _options.EvaluationInterval;
        while (true)
        {
            var wakeAt = _state.NextDueAt is { } due && due < nextTick ? due : nextTick;
            await _trigger.WaitAsync(wakeAt - _time.GetUtcNow(), _time, stoppingToken);
            await EvaluateAsync(stoppingToken);
            var now = _time.GetUtcNow();
            if (now >= nextTick)
            {
                nextTick = now + _options.EvaluationInterval;
            }
        }
    }

    private async Task FeedAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            // A reading that turned an offer or need evaluates now; one that started (or moved) a pending opening or
            // closing wakes the loop so it waits for the new due time rather than the tick it was waiting for.
            var due = _state.NextDueAt;
            if (_state.Observe(batch.Plant, batch.Readings) || _state.NextDueAt != due)
            {
                _trigger.Set();
            }

            _fed?.Completed();
        }
    }
}
