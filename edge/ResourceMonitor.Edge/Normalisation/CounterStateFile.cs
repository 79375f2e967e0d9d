using System.Text.Json;
using ResourceMonitor.Domain.Counters;

namespace ResourceMonitor.Edge.Normalisation;

/// <summary>
/// Each counter meter's interpreter state (confirmed baseline, last value, held segment) in <c>counter-state.json</c> of the
/// agent's buffer directory, so a reset during the agent's downtime is seen. Written whole to a temporary file, flushed and
/// renamed over the old one: a crash leaves the old or the new state, never a torn one. An unreadable file is ignored
/// (every meter starts again from its next value, as before this file existed).
/// </summary>
public sealed class CounterStateFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private readonly string _path;

    /// <summary>The state file in <paramref name="directory"/>.</summary>
    public CounterStateFile(string directory) => _path = Path.Combine(directory, "counter-state.json");

    /// <summary>The stored states by meter; empty when there is no file or it cannot be read.</summary>
    public IReadOnlyDictionary<string, CounterState> Read()
    {
        try
        {
            return File.Exists(_path)
                ? JsonSerializer.Deserialize<Dictionary<string, CounterState>>(File.ReadAllBytes(_path), Json) ?? []
                : new Dictionary<string, CounterState>();
        }
        catch (JsonException)
        {
            return new Dictionary<string, CounterState>();
        }
    }

    /// <summary>Replaces the stored states with <paramref name="states"/>.</summary>
    public void Write(IReadOnlyDictionary<string, CounterState> states)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        var temp = _path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            JsonSerializer.Serialize(stream, states, Json);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, _path, overwrite: true);
    }
}
