using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Domain.Units;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Edge.Normalisation;
using ResourceMonitor.Edge.Pipeline;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Edge.Simulation;

/// <summary>
/// The simulator driver: instead of the local broker, produces readings for the configured meters every
/// <see cref="SimulationOptions.Interval"/> and feeds them to the same normalise → buffer → forward path. With a back-fill it
/// first produces that much history as fast as <see cref="SimulationOptions.Acceleration"/> allows. Supervised as stage
/// <c>edge.simulator</c>: a fault stops the agent non-zero (a restart in-process would produce its back-fill again).
/// </summary>
public sealed partial class SimulatorInput : BackgroundService
{
    private readonly SimulationOptions _options;
    private readonly EdgeOptions _agent;
    private readonly IngestQueue _queue;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly ILogger<SimulatorInput> _logger;

    /// <summary>The simulator driver.</summary>
    public SimulatorInput(IOptions<SimulationOptions> options, IOptions<EdgeOptions> agent, IngestQueue queue, TimeProvider time, StageSupervisor supervisor, ILogger<SimulatorInput> logger)
    {
        _supervisor = supervisor;
        _options = options.Value;
        _agent = agent.Value;
        _queue = queue;
        _time = time;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(EdgeStageNames.Simulator, StageFailurePolicy.StopHost, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        var zone = _agent.ResolveTimeZone();
        var configured = _options.CatalogFile is { } file
            ? CatalogMeters.Of(ParkCatalogLoader.LoadFile(file), _agent.Plant, file).Concat(_options.Meters)
            : _options.Meters;
        var meters = configured.Select(m => (Sim: new MeterSimulator(m, _options.Seed, zone), Binding: Bind(m))).ToList();
        var simulated = _time.GetUtcNow() - _options.Backfill;
        LogStarted(_logger, meters.Count, _options.Interval, _options.Backfill);
        using var timer = new PeriodicTimer(TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, (long)(_options.Interval.Ticks / _options.Acceleration))), _time);
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = _time.GetUtcNow();
            while (simulated <= now)
            {
                var at = simulated;
                var values = meters.Select(m => new MeterValue(m.Binding, m.Sim.ValueAt(at), at, now)).ToList();
                await _queue.Writer.WriteAsync(new IngestItem("simulator", values, null), stoppingToken);
                simulated += _options.Interval;
                if (simulated < now - _options.Interval)
                {
                    // Back-filling: one step per timer tick, so the acceleration holds.
                    break;
                }
            }

            await timer.WaitForNextTickAsync(stoppingToken);
        }
    }

    private static MeterBinding Bind(SimulatedMeterOptions meter)
    {
        var resolution = UnitResolver.Resolve(meter.Unit, meter.Kind);
        return resolution.IsResolved
            ? new MeterBinding(meter.Meter, meter.Kind, resolution.Conversion!, CounterSpec.For(resolution.Conversion!.CanonicalUnit))
            : throw new InvalidOperationException($"Edge:Simulation:Meters ({meter.Meter}): {resolution.Error}");
    }

    [LoggerMessage(EventId = 3500, Level = LogLevel.Information, Message = "Simulating {Count} meters every {Interval} (back-fill {Backfill})")]
    private static partial void LogStarted(ILogger logger, int count, TimeSpan interval, TimeSpan backfill);
}
