using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest.Aggregation;
using ResourceMonitor.Worker.Ingest.Sequencing;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>Wires the ingest feature into the worker host: its options, services and HTTP endpoints.</summary>
public static class IngestRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder)
    {
        builder.AddSupervision();
        builder.Services.AddOptions<IngestOptions>()
            .Bind(builder.Configuration.GetSection(IngestOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Parks.All(ResourceIds.IsValid), "Ingest:Parks must list park ids of 1-64 characters of a-z, 0-9 and '-'.")
            .ValidateOnStart();
        builder.Services.AddOptions<BrokerOptions>()
            .Bind(builder.Configuration.GetSection(BrokerOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.ReconnectMaxDelay >= o.ReconnectMinDelay, "Broker:ReconnectMaxDelay must not be shorter than Broker:ReconnectMinDelay.")
            .ValidateOnStart();
        builder.Services.TryAddSingleton<WorkerMetrics>();
        builder.Services.TryAddSingleton<IReadingCatalog, ParkCatalogReadings>();
        builder.Services.AddSingleton<BrokerSessions>();
        builder.Services.AddSingleton<BrokerSubscriber>();
        builder.Services.AddHostedService<AgentStatusWatcher>();

        // Registered before every service that publishes, so it is stopped after them (its connection outlives their flushes).
        builder.Services.AddSingleton<MqttParkPublisher>();
        builder.Services.AddSingleton<IParkPublisher>(sp => sp.GetRequiredService<MqttParkPublisher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MqttParkPublisher>());
        builder.Services.AddSingleton<RejectionReporter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RejectionReporter>());
        builder.Services.AddOptions<AggregationOptions>()
            .Bind(builder.Configuration.GetSection(AggregationOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<UsageAggregator>();
        builder.Services.AddSingleton<IAcceptedReadingsConsumer>(sp => sp.GetRequiredService<UsageAggregator>());

        // Started after the aggregator (it replays its journal first) and stopped before it and the writer (it drains into them).
        builder.Services.AddHostedService(sp => sp.GetRequiredService<UsageAggregator>());
        builder.Services.AddSequenceAcknowledgement();
        builder.Services.AddSingleton<IngestPipeline>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IngestPipeline>());
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapIngest(this WebApplication app) => app;
}
