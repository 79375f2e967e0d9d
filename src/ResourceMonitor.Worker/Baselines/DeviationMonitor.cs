using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>
/// Feeds accepted readings to one <see cref="DeviationDetector"/> per meter against its hour-of-week band, and
/// publishes each opened or closed deviation on <c>rm/v1/{park}/alerts</c> and writes it to InfluxDB.
/// The ingest fan-out only enqueues (bounded, Wait mode); one loop owns all detector state.
/// </summary>
public sealed partial class DeviationMonitor : BackgroundService, IAcceptedReadingsConsumer
{
    private readonly Channel<AcceptedBatch> _queue;
    private readonly Dictionary<MeterKey, (LiveLevel Level, DeviationDetector Detector)> _meters = [];
    private readonly ProfileStore _profiles;
    private readonly IParkPublisher _publisher;
    private readonly IPointSink _sink;
    private readonly BaselinesOptions _options;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly ILogger<DeviationMonitor> _logger;

    /// <summary>Creates the monitor.</summary>
    public DeviationMonitor(ProfileStore profiles, IParkPublisher publisher, IPointSink sink, IOptions<BaselinesOptions> options, TimeProvider time, StageSupervisor supervisor, ILogger<DeviationMonitor> logger)
    {
        _profiles = profiles;
        _publisher = publisher;
        _sink = sink;
        _options = options.Value;
        _time = time;
        _supervisor = supervisor;
        _logger = logger;
        _queue = Channel.CreateBounded<AcceptedBatch>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    /// <inheritdoc />
    public ValueTask OnAcceptedAsync(AcceptedBatch batch, CancellationToken cancellationToken) =>
        _options.Enabled ? _queue.Writer.WriteAsync(batch, cancellationToken) : ValueTask.CompletedTask;

    /// <summary>Processes one batch now (the loop's step; tests call it directly).</summary>
    public async Task ProcessAsync(AcceptedBatch batch, CancellationToken cancellationToken)
    {
        foreach (var reading in batch.Readings.Where(r => r.Unit != CanonicalUnits.DegreeCelsius))
        {
            var key = new MeterKey(batch.Park, batch.Plant, reading.Meter);
            var profile = _profiles.Find(key);
            if (!_meters.TryGetValue(key, out var state))
            {
                state = (new LiveLevel(), new DeviationDetector(reading.Meter, _options.Deviation, _time));
                _meters[key] = state;
            }

            var level = state.Level.Next(reading);
            if (level is null || profile?.BandAt(reading.Timestamp) is not { } band)
            {
                continue;
            }

            if (state.Detector.Observe(level.Value, band) is { } deviation)
            {
                await RaiseAsync(key, deviation, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Deviations, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        await foreach (var batch in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await ProcessAsync(batch, stoppingToken);
        }
    }

    private async Task RaiseAsync(MeterKey key, DeviationEvent deviation, CancellationToken cancellationToken)
    {
        var alert = new DeviationAlert(
            DeviationAlert.AlertType,
            deviation.Opened ? "opened" : "closed",
            key.Park,
            key.Plant,
            key.Meter,
            deviation.Direction == DeviationDirection.Above ? "above" : "below",
            deviation.At,
            deviation.Since,
            deviation.Value,
            deviation.Peak,
            deviation.Band.P10,
            deviation.Band.Median,
            deviation.Band.P90);
        LogDeviation(alert.State, key, alert.Direction, alert.Value, alert.P90);
        var payload = JsonSerializer.SerializeToUtf8Bytes(alert, DeviationAlertJsonContext.Default.DeviationAlert);
        await _publisher.PublishAsync(Topics.Alerts(key.Park), payload, retain: false, cancellationToken);

        // The plant's own topic too, which its credentials may read: the alert is about its own meter.
        await _publisher.PublishAsync(Topics.PlantAlerts(key.Park, key.Plant), payload, retain: false, cancellationToken);
        await _sink.WriteAsync([BaselineDeviationPoint.Create(alert)], cancellationToken);
    }

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Baseline deviation {State}: {Meter} {Direction} its band (level {Value}, usual P90 {P90})")]
    private partial void LogDeviation(string state, MeterKey meter, string direction, double value, double p90);
}
