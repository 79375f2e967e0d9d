using System.Text;
using System.Text.Json;

namespace ResourceMonitor.Worker.Catalog;

/// <summary>
/// The append-only audit trail of live catalog changes: one JSON line per change, flushed to disk before the change takes
/// effect. Never rewritten; a line cut short by a crash (the last one, not flushed) is skipped on reading.
/// </summary>
public sealed class CatalogAuditTrail(string filePath)
{
    /// <summary>The trail's file.</summary>
    public string FilePath { get; } = filePath;

    /// <summary>Every complete entry, oldest first.</summary>
    public IReadOnlyList<CatalogAuditEntry> ReadAll()
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var entries = new List<CatalogAuditEntry>();
        foreach (var line in File.ReadLines(FilePath, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                entries.Add(JsonSerializer.Deserialize(line, CatalogJsonContext.Default.CatalogAuditEntry)!);
            }
            catch (JsonException)
            {
                // A torn last line: its change was never acknowledged to the caller nor applied.
            }
        }

        return entries;
    }

    /// <summary>Appends <paramref name="entry"/> and flushes it to disk.</summary>
    public async Task AppendAsync(CatalogAuditEntry entry, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var line = JsonSerializer.Serialize(entry, CatalogJsonContext.Default.CatalogAuditEntry) + "\n";
        await using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.WriteThrough);
        await stream.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
        await stream.FlushAsync(cancellationToken);
    }
}
