namespace ResourceMonitor.Worker.Exchanges;

/// <summary>Wires the exchange workflow and legal register into the worker host: its options, register and HTTP endpoints.</summary>
public static class ExchangesRegistration
{
    /// <summary>
    /// Registers the feature's options and services, once (symbiosis calls it too: its opportunities carry their stage).
    /// Needs the park catalog.
    /// </summary>
    public static WebApplicationBuilder AddExchanges(this WebApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(ExchangeRegister)))
        {
            return builder;
        }

        builder.Services.AddOptions<ExchangeOptions>()
            .Bind(builder.Configuration.GetSection(ExchangeOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ExchangeJournal>();
        builder.Services.AddSingleton<ExchangeRegister>();
        builder.Services.AddSingleton<WorkflowAnnouncer>();
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints.</summary>
    public static WebApplication MapExchanges(this WebApplication app) => app.MapExchangeEndpoints();
}
