using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>Wires the park catalog into the worker host: loaded and validated once at start-up, then a singleton.</summary>
public static class CatalogRegistration
{
    /// <summary>
    /// Loads the catalog named by <c>Catalog:Path</c> now, so a broken file stops the host before it starts with a
    /// <see cref="CatalogException"/> that names the file, each key and the fix.
    /// </summary>
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new CatalogOptions();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new CatalogException("(none)", ["Catalog:Path is empty; set it to a park catalog file such as catalog/hiep-phuoc.json"]);
        }

        var catalog = ParkCatalogLoader.LoadFile(options.Resolve(builder.Environment.ContentRootPath));
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(catalog);
        return builder;
    }

    /// <summary>Maps the feature's HTTP endpoints (none: the catalog is served through the symbiosis API).</summary>
    public static WebApplication MapCatalog(this WebApplication app) => app;
}
