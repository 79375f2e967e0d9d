using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// The aggregator's journal: every reading it took for an open minute, one text line each
/// (<c>park \t plant \t meter \t ticks \t value</c>), so a restarted worker rebuilds its open minutes instead of
/// overwriting them with partial sums. An append reaches the operating system before the message is acknowledged
/// (safe against a killed process); <see cref="Sync"/> forces it to disk each flush (bounds what a power cut can take).
/// A torn last line is ignored on replay. Not thread-safe: the aggregator serialises access.
/// </summary>
internal sealed class UsageJournal : IDisposable
{
    private readonly string _path;
    private FileStream _stream;

    public UsageJournal(string directory)
    {
        Directory.CreateDirectory(directory);
        _path = Path.Combine(directory, "usage.journal");
        _stream = OpenForAppend();
    }

    public long Length => _stream.Length;

    public IEnumerable<JournalEntry> Replay()
    {
        if (!File.Exists(_path))
        {
            yield break;
        }

        var text = File.ReadAllText(_path, Encoding.UTF8);
        var complete = text.LastIndexOf('\n');
        foreach (var line in text[..(complete + 1)].Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryParse(line, out var entry))
            {
                yield return entry;
            }
        }
    }

    public void Append(IEnumerable<JournalEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            Format(text, entry);
        }

        if (text.Length == 0)
        {
            return;
        }

        _stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
        _stream.Flush(flushToDisk: false);
    }

    public void Sync() => _stream.Flush(flushToDisk: true);

    /// <summary>Rewrites the journal with only <paramref name="entries"/> (what the open minutes still need), atomically.</summary>
    public void Compact(IEnumerable<JournalEntry> entries)
    {
        var temp = _path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            var text = new StringBuilder();
            foreach (var entry in entries)
            {
                Format(text, entry);
            }

            stream.Write(Encoding.UTF8.GetBytes(text.ToString()));
            stream.Flush(flushToDisk: true);
        }

        _stream.Dispose();
        File.Move(temp, _path, overwrite: true);
        _stream = OpenForAppend();
    }

    public void Dispose() => _stream.Dispose();

    private FileStream OpenForAppend() => new(_path, FileMode.Append, FileAccess.Write, FileShare.Read);

    private static void Format(StringBuilder text, JournalEntry entry) =>
        text.Append(CultureInfo.InvariantCulture, $"{entry.Meter.Park}\t{entry.Meter.Plant}\t{entry.Meter.Meter}\t{entry.Timestamp.UtcTicks}\t{entry.Value:R}\n");

    private static bool TryParse(string line, out JournalEntry entry)
    {
        entry = default;
        var parts = line.Split('\t');
        if (parts.Length != 5
            || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            || !double.TryParse(parts[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        entry = new JournalEntry(new MeterKey(parts[0], parts[1], parts[2]), new DateTimeOffset(ticks, TimeSpan.Zero), value);
        return true;
    }
}
