using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Catalog.Live;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>
/// Wires the park catalogs into the worker host: the seed files (one, or a folder of one per park) are loaded and
/// validated at start-up, the live changes of the audit trail re-applied over them, and the result kept in the
/// <see cref="ParkCatalogs"/> registry for the parks this worker owns (<c>Ingest:Parks</c>, or every catalog).
/// </summary>
public static class CatalogRegistration
{
    /// <summary>
    /// Loads the catalogs named by <c>Catalog:Path</c> now, so a broken file stops the host before it starts with a
    /// <see cref="CatalogException"/> that names the file, each key and the fix.
    /// </summary>
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(CatalogOptions.Section).Get<CatalogOptions>() ?? new CatalogOptions();
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            throw new CatalogException("(none)", ["Catalog:Path is empty; set it to a park catalog file such as catalog/hiep-phuoc.json, or a folder of them"]);
        }

        var owned = builder.Configuration.GetSection(IngestOptions.Section).Get<IngestOptions>()?.Parks ?? [];
        var trail = new CatalogAuditTrail(options.ResolveAudit(builder.Environment.ContentRootPath));
        var catalogs = Load(options.Resolve(builder.Environment.ContentRootPath), owned, trail);
        builder.Services.AddSingleton(Options.Create(options));
        builder.Services.AddSingleton(trail);
        builder.Services.AddSingleton(new ParkCatalogs(catalogs));

        // The primary park's catalog as it stood at start, for features that do not follow live changes yet (park page,
        // exchange register); new code reads ParkCatalogs, whose snapshots a live change replaces.
        builder.Services.AddSingleton(sp => sp.GetRequiredService<ParkCatalogs>().Primary);
        builder.Services.AddSingleton<CatalogEditor>();
        builder.Services.AddSingleton<IValidateOptions<ApiOptions>, ApiKeyParkValidator>();
        return builder;
    }

    /// <summary>Maps the live catalog API (<see cref="CatalogEndpoints"/>).</summary>
    public static WebApplication MapCatalog(this WebApplication app) => app.MapCatalogEndpoints();

    /// <summary>The owned parks' seed catalogs under <paramref name="path"/> with the trail's live changes re-applied.</summary>
    public static IReadOnlyList<LiveCatalog> Load(string path, IReadOnlyList<string> owned, CatalogAuditTrail trail)
    {
        var seeds = CatalogFiles.Load(path);
        var missing = owned.Where(p => seeds.All(c => c.Catalog.Park.Id != p)).ToList();
        if (missing.Count > 0)
        {
            throw new CatalogException(path, [$"Ingest:Parks names {string.Join(", ", missing.Select(p => $"'{p}'"))} but no catalog here declares that park; add its catalog file or remove it from Ingest:Parks"]);
        }

        var catalogs = owned.Count == 0 ? seeds.ToList() : owned.Select(p => seeds.Single(c => c.Catalog.Park.Id == p)).ToList();
        foreach (var entry in trail.ReadAll())
        {
            var at = catalogs.FindIndex(c => c.Catalog.Park.Id == entry.Park);
            if (at >= 0)
            {
                catalogs[at] = Reapply(catalogs[at], entry, trail.FilePath);
            }
        }

        return catalogs;
    }

    private static LiveCatalog Reapply(LiveCatalog catalog, CatalogAuditEntry entry, string trailPath)
    {
        var section = CatalogChange.SectionOf(entry.Section)
            ?? throw new CatalogException(trailPath, [$"the change of {entry.At:O} names section '{entry.Section}'; only plants, meters, offers and needs change live"]);
        try
        {
            return CatalogEditor.Replay(catalog, new CatalogChange(section, entry.After));
        }
        catch (CatalogException ex)
        {
            // The seed file was edited so that an earlier live change no longer fits: say which change, and how to go on.
            throw new CatalogException(trailPath, [.. ex.Problems.Select(p => $"live change of {entry.At:O} by {entry.By} ({entry.Section} '{entry.Key}') no longer fits the seed {catalog.Source}: {p}; fix the seed file, or make the change in the seed and move {trailPath} aside")]);
        }
    }
}
