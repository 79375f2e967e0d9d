using System.Text.Json;

namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>
/// The per-agent sequence marks on disk, so deduplication by agent and sequence survives a restart: written to a temporary
/// file, fsynced and renamed over the old one, so a crash leaves the old or the new marks, never a torn file. Written only
/// with what is durable (see <see cref="SequenceTracker.Snapshot"/>), before the acknowledgements that announce it.
/// </summary>
internal sealed class SequenceMarksFile(string path)
{
    /// <summary>The file's full path.</summary>
    public string Path { get; } = path;

    /// <summary>The stored marks; none when there is no file yet; null when the file is unreadable.</summary>
    public IReadOnlyList<SequenceState>? Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            using var stream = File.OpenRead(Path);
            return JsonSerializer.Deserialize(stream, SequenceMarksJsonContext.Default.ListSequenceState);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(IReadOnlyList<SequenceState> states)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temp = Path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, states.ToList(), SequenceMarksJsonContext.Default.ListSequenceState);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, Path, overwrite: true);
    }
}
