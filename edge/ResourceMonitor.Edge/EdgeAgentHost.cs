using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Forwarding;
using ResourceMonitor.Edge.Health;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Normalisation;
using ResourceMonitor.Edge.Pipeline;
using ResourceMonitor.Edge.Simulation;
using ResourceMonitor.Hosting;

namespace ResourceMonitor.Edge;

/// <summary>Builds an edge agent host. Several agents can run in one process (the demo) by building several hosts.</summary>
public static class EdgeAgentHost
{
    private const string OperationsSection = "Edge:Operations";

    /// <summary>A host builder with the agent's services, options bound from configuration and validated at start-up.</summary>
    public static HostApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        AddMappingsFile(builder.Configuration);
        AddEdgeAgent(builder.Services, builder.Configuration);
        return builder;
    }

    /// <summary>Registers the agent on <paramref name="services"/> from <paramref name="configuration"/>.</summary>
    public static void AddEdgeAgent(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddTimeProvider();
        services.AddMetrics();
        services.AddSingleton<PayloadFormats>();
        services.AddSingleton<IValidateOptions<EdgeOptions>, EdgeOptionsValidator>();
        Bind<EdgeOptions>(services, configuration, EdgeOptions.Section);
        Bind<LocalBrokerOptions>(services, configuration, "Edge:LocalBroker");
        Bind<ParkBrokerOptions>(services, configuration, "Edge:ParkBroker");
        Bind<BufferOptions>(services, configuration, "Edge:Buffer");
        Bind<NormalisationOptions>(services, configuration, "Edge:Normalisation");
        Bind<SimulationOptions>(services, configuration, "Edge:Simulation");
        Bind<HealthFileOptions>(services, configuration, OperationsSection);
        services.AddStageSupervision(configuration.GetSection(OperationsSection));

        services.AddSingleton(sp => ReadingLog.Open(sp.GetRequiredService<IOptions<BufferOptions>>().Value, sp.GetRequiredService<ILogger<ReadingLog>>()));
        services.AddSingleton<EdgeMetrics>();
        services.AddSingleton<IngestQueue>();
        services.AddSingleton<RejectionNotices>();
        services.AddSingleton(sp => new Normaliser(
            sp.GetRequiredService<IOptions<NormalisationOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            new CounterStateFile(sp.GetRequiredService<IOptions<BufferOptions>>().Value.Directory)));
        services.AddSingleton(sp =>
        {
            var edge = sp.GetRequiredService<IOptions<EdgeOptions>>().Value;
            var compiled = MappingCompiler.Compile(edge.Mappings, sp.GetRequiredService<PayloadFormats>(), out _);
            return new MessageMapper(compiled, edge.ResolveTimeZone(), sp.GetRequiredService<ILogger<MessageMapper>>(), sp.GetRequiredService<IMeterFactory>());
        });

        services.AddHostedService<HealthFileWriter>();
        services.AddHostedService<IngestPipeline>();
        services.AddHostedService<ParkForwarder>();
        var input = configuration.GetSection(EdgeOptions.Section).GetValue(nameof(EdgeOptions.Input), EdgeInput.LocalBroker);
        if (input == EdgeInput.Simulator)
        {
            services.AddHostedService<SimulatorInput>();
        }
        else
        {
            services.AddHostedService<LocalBrokerInput>();
        }
    }

    private static void Bind<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void AddMappingsFile(ConfigurationManager configuration)
    {
        var file = configuration[$"{EdgeOptions.Section}:{nameof(EdgeOptions.MappingsFile)}"];
        if (!string.IsNullOrWhiteSpace(file))
        {
            configuration.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }
    }
}
