using System.Collections.Concurrent;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Mqtt;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Messaging;

/// <summary>
/// Follows <c>rm/v1/{park}/+/status</c> for the worker's parks and tells every <see cref="IAgentStatusConsumer"/>
/// (symbiosis: a plant whose agent is offline stops counting at once instead of after its data goes stale) and writes
/// measurement <c>agent_status</c>. Only agents
/// of plants in the catalog count; anything else is logged and ignored. Shows <c>rm_agents_online</c>.
/// </summary>
internal sealed class AgentStatusWatcher : BackgroundService
{
    private readonly ParkCatalogs _catalogs;
    private readonly IAgentStatusConsumer[] _consumers;
    private readonly IPointSink _points;
    private readonly StageSupervisor _supervisor;
    private readonly ILogger<AgentStatusWatcher> _logger;
    private readonly ConcurrentDictionary<string, bool> _online = new(StringComparer.Ordinal);
    private readonly MqttSession _session;

    public AgentStatusWatcher(
        BrokerSessions sessions,
        ParkCatalogs catalogs,
        IEnumerable<IAgentStatusConsumer> consumers,
        IPointSink points,
        WorkerMetrics metrics,
        StageSupervisor supervisor,
        ILogger<AgentStatusWatcher> logger)
    {
        var parks = catalogs.Parks;
        _catalogs = catalogs;
        _consumers = consumers.ToArray();
        _points = points;
        _supervisor = supervisor;
        _logger = logger;
        _session = sessions.StatusWatcher(parks.Select(Topics.AllStatus).ToArray());
        _session.OnMessage((m, _) => HandleAsync(m.Topic, new System.Buffers.ReadOnlySequence<byte>(m.Payload), CancellationToken.None));
        metrics.Meter.CreateObservableGauge("rm_agents_online", () => _online.Count(kv => kv.Value), description: "Edge agents whose last status is online");
    }

    /// <summary>Applies one status message: consumers, the online gauge and an <c>agent_status</c> point.</summary>
    internal async Task HandleAsync(string topic, System.Buffers.ReadOnlySequence<byte> payload, CancellationToken cancellationToken)
    {
        if (!Topics.TryParsePlantTopic(topic, out var parsed) || parsed.Kind != TopicKind.Status)
        {
            MessagingLog.StatusIgnored(_logger, LogText.Escape(topic), "not a status topic");
            return;
        }

        if (payload.IsEmpty)
        {
            return; // A cleared retained status: nothing is declared.
        }

        if (!_catalogs.TryGet(parsed.Park, out var catalog) || !catalog.TryGetPlant(parsed.Plant, out _))
        {
            MessagingLog.StatusIgnored(_logger, LogText.Escape(topic), LogText.Escape($"plant '{parsed.Plant}' is not in the catalog of park '{parsed.Park}'"));
            return;
        }

        var status = AgentStatusCodec.Decode(payload, out var rejection);
        if (status is null)
        {
            MessagingLog.StatusIgnored(_logger, LogText.Escape(topic), LogText.Escape(rejection!.ToString()));
            return;
        }

        _online[$"{parsed.Park}/{parsed.Plant}"] = status.State == AgentState.Online;
        MessagingLog.AgentStatus(_logger, status.Agent, parsed.Plant, ContractEnums.Format(status.State), status.Timestamp);
        foreach (var consumer in _consumers)
        {
            consumer.OnAgentStatus(parsed.Park, parsed.Plant, status);
        }

        await _points.WriteAsync([AgentStatusPoint.Create(parsed.Park, parsed.Plant, status)], cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.AgentStatus, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        // Retained statuses are delivered again on every (re)connect.
        try
        {
            await _session.RunAsync(stoppingToken);
        }
        finally
        {
            await _session.DisconnectAsync(CancellationToken.None);
        }
    }

    public override void Dispose()
    {
        _session.Dispose();
        base.Dispose();
    }
}
