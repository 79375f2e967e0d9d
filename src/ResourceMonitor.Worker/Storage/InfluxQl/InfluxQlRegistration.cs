using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResourceMonitor.Worker.Storage.InfluxQl;

/// <summary>Registers the HTTP <see cref="IInfluxQlReader"/> once, for every feature that reads (baselines, reports, symbiosis).</summary>
public static class InfluxQlRegistration
{
    /// <summary>Adds <see cref="HttpInfluxQlReader"/> and its validated options (section <c>Storage</c>) unless already added.</summary>
    public static WebApplicationBuilder AddInfluxQlReader(this WebApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(IInfluxQlReader)))
        {
            return builder;
        }

        builder.Services.AddOptions<InfluxQlOptions>()
            .Bind(builder.Configuration.GetSection(InfluxQlOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHttpClient<IInfluxQlReader, HttpInfluxQlReader>();
        return builder;
    }
}
