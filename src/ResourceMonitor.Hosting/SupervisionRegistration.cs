using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ResourceMonitor.Hosting.Progress;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting;

/// <summary>Wires supervision and stage progress into a host.</summary>
public static class SupervisionRegistration
{
    /// <summary>
    /// Registers <see cref="StageSupervisor"/>, <see cref="StageRegistry"/> and their options, bound from <paramref name="section"/>.
    /// Idempotent: every feature with a supervised stage may call it, so a host built with some features only still works.
    /// </summary>
    public static IServiceCollection AddStageSupervision(this IServiceCollection services, IConfigurationSection section)
    {
        if (services.Any(d => d.ServiceType == typeof(StageSupervisor)))
        {
            return services;
        }

        var path = section.Path;
        services.AddOptions<SupervisionOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(
                o => o.RestartMinDelay <= o.RestartMaxDelay,
                $"{path}:RestartMinDelay must not be longer than {path}:RestartMaxDelay: lower the first or raise the second.")
            .ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StageRegistry>();
        services.TryAddSingleton<StageMetrics>();
        services.TryAddSingleton<HostFailure>();
        services.TryAddSingleton<StageSupervisor>();
        return services;
    }
}
