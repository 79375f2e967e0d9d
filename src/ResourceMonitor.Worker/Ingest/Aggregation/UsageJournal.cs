using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Ingest.Aggregation;

/// <summary>
/// The aggregator's journal: every change of its windows, one text line each, so a restarted worker rebuilds its open
/// minutes exactly instead of overwriting them with partial sums: a reading it took
/// (<c>park \t plant \t meter \t ticks \t value</c>) and where a meter's open minutes start
/// (<c>park \t plant \t meter \t ticks \t horizon</c>, when its window opens and when minutes close). An append reaches the operating system before the message is acknowledged
/// (safe against a killed process); <see cref="Sync"/> forces it to disk each flush (bounds what a power cut can take).
/// A torn last line is ignored on replay, and a failed append is cut off again so it cannot tear the next one. Not thread-safe: the aggregator serialises access.
/// </summary>
internal sealed class UsageJournal : IDisposable
{
    private const string HorizonMark = "horizon";
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
        var bytes = Encode(entries);
        if (bytes.Length == 0)
        {
            return;
        }

        var before = _stream.Length;
        try
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: false);
        }
        catch (IOException)
        {
            // A disk that refused part of the append: remove what got in, so the next append starts a whole line.
            _stream.SetLength(before);
            throw;
        }
    }

    public void Sync() => _stream.Flush(flushToDisk: true);

    /// <summary>Rewrites the journal with only <paramref name="entries"/> (what the open minutes still need), atomically.</summary>
    public void Compact(IEnumerable<JournalEntry> entries)
    {
        var temp = _path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(Encode(entries));
            stream.Flush(flushToDisk: true);
        }

        _stream.Dispose();
        File.Move(temp, _path, overwrite: true);
        _stream = OpenForAppend();
    }

    public void Dispose() => _stream.Dispose();

    private FileStream OpenForAppend() => new(_path, FileMode.Append, FileAccess.Write, FileShare.Read);

    private static byte[] Encode(IEnumerable<JournalEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var entry in entries)
        {
            var (meter, ticks, last) = entry switch
            {
                JournalReading r => (r.Meter, r.Timestamp.UtcTicks, r.Value.ToString("R", CultureInfo.InvariantCulture)),
                JournalHorizon h => (h.Meter, h.Horizon.UtcTicks, HorizonMark),
                _ => throw new ArgumentException($"Unknown journal entry {entry.GetType().Name}.", nameof(entries)),
            };
            text.Append(CultureInfo.InvariantCulture, $"{meter.Park}\t{meter.Plant}\t{meter.Meter}\t{ticks}\t{last}\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static bool TryParse(string line, [NotNullWhen(true)] out JournalEntry? entry)
    {
        entry = null;
        var parts = line.Split('\t');
        if (parts.Length != 5
            || !long.TryParse(parts[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        var meter = new MeterKey(parts[0], parts[1], parts[2]);
        var timestamp = new DateTimeOffset(ticks, TimeSpan.Zero);
        if (parts[4] == HorizonMark)
        {
            entry = new JournalHorizon(meter, timestamp);
        }
        else if (double.TryParse(parts[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            entry = new JournalReading(meter, timestamp, value);
        }

        return entry is not null;
    }
}
