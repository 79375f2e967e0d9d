using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Messaging;

namespace ResourceMonitor.Worker.ParkPage;

/// <summary>Wires the live park page into the worker host: its options, the live flows, the agents' presence, the view and its stream.</summary>
public static class ParkPageRegistration
{
    /// <summary>Registers the feature's options and services.</summary>
    public static WebApplicationBuilder AddParkPage(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ParkPageOptions>()
            .Bind(builder.Configuration.GetSection(ParkPageOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.Heartbeat >= o.PushInterval, "ParkPage:Heartbeat must be at least ParkPage:PushInterval, e.g. 00:00:15.")
            .ValidateOnStart();
        builder.Services.AddApiSecurity(builder.Configuration);
        builder.Services.AddSingleton<LiveFlows>();
        builder.Services.AddSingleton<IAcceptedReadingsConsumer>(sp => sp.GetRequiredService<LiveFlows>());
        builder.Services.AddSingleton<AgentPresence>();
        builder.Services.AddSingleton<IAgentStatusConsumer>(sp => sp.GetRequiredService<AgentPresence>());
        builder.Services.AddSingleton<ParkViewBuilder>();
        builder.Services.AddSingleton<ParkViewStream>();
        return builder;
    }

    /// <summary>Maps the page and its data endpoints.</summary>
    public static WebApplication MapParkPage(this WebApplication app) => app.MapParkPageEndpoints();
}
