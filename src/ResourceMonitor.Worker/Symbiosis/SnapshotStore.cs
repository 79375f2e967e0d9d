using System.Text.Json;
using Microsoft.Extensions.Options;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>Saves and loads the symbiosis snapshot atomically (write a temporary file, then rename over the old one).</summary>
public sealed class SnapshotStore
{
    /// <summary>A store at the configured path, resolved against the content root.</summary>
    public SnapshotStore(IOptions<SymbiosisOptions> options, IHostEnvironment environment) =>
        FilePath = Path.GetFullPath(options.Value.SnapshotPath, environment.ContentRootPath);

    /// <summary>The snapshot file.</summary>
    public string FilePath { get; }

    /// <summary>The saved snapshot, or null when there is none.</summary>
    public async Task<SymbiosisSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        await using var stream = File.OpenRead(FilePath);
        return await JsonSerializer.DeserializeAsync(stream, SymbiosisJsonContext.Default.SymbiosisSnapshot, cancellationToken);
    }

    /// <summary>Replaces the saved snapshot.</summary>
    public async Task SaveAsync(SymbiosisSnapshot snapshot, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        // A unique temporary name: two workers sharing a content root (tests) never write the same temporary file.
        var temporary = $"{FilePath}.{Guid.NewGuid():N}.tmp";
        await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
        {
            await JsonSerializer.SerializeAsync(stream, snapshot, SymbiosisJsonContext.Default.SymbiosisSnapshot, cancellationToken);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }
}
