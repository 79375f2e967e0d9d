using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Catalog.Live;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>
/// Applies live catalog changes one at a time: the changed catalog is validated by the file's validator
/// (<see cref="ParkCatalogLoader"/>), written to the audit trail, then swapped into <see cref="ParkCatalogs"/>, so every
/// consumer reads it from its next call. A refused change leaves the catalog and the trail untouched.
/// </summary>
public sealed class CatalogEditor(ParkCatalogs catalogs, CatalogAuditTrail trail, TimeProvider time, ILogger<CatalogEditor> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Applies <paramref name="change"/> to <paramref name="park"/>; throws <see cref="CatalogException"/> with the validator's problems.</summary>
    public async Task<CatalogChangeResult> ApplyAsync(string park, CatalogChange change, string by, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var live = catalogs.Live(park) ?? throw new InvalidOperationException($"park '{park}' is not one this worker owns");
            LiveCatalog changed;
            try
            {
                changed = Replay(live, change);
            }
            catch (CatalogException ex)
            {
                var (caller, first) = (LogText.Escape(by), LogText.Escape(ex.Problems[0]));
                CatalogLog.Refused(logger, park, caller, ex.Problems.Count, first);
                throw;
            }

            var before = CatalogDocumentEdit.Apply(live.Document, change).Before;
            var entry = new CatalogAuditEntry(time.GetUtcNow(), by, park, change.SectionName, change.Key, before, change.Element);
            await trail.AppendAsync(entry, cancellationToken);
            catalogs.Replace(changed);
            var (who, key) = (LogText.Escape(by), LogText.Escape(change.Key));
            CatalogLog.Changed(logger, park, who, change.SectionName, key, before is null ? "added" : "changed");
            return new CatalogChangeResult(park, change.SectionName, change.Key, before is null, entry.At);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    /// <summary>
    /// <paramref name="live"/> with <paramref name="change"/> applied and validated as a whole; throws
    /// <see cref="CatalogException"/> naming the seed file, each JSON path and the fix.
    /// </summary>
    public static LiveCatalog Replay(LiveCatalog live, CatalogChange change)
    {
        var (document, _) = CatalogDocumentEdit.Apply(live.Document, change);
        var catalog = ParkCatalogLoader.Parse(document.ToJsonString(), $"{live.Source} with live change {change.SectionName} '{change.Key}'");
        return new LiveCatalog(catalog, document, live.Source);
    }
}
