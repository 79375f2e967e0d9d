using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>
/// The append-only file behind the exchange register: one JSON line per entry, flushed to the disk before the caller
/// hears "recorded". A line torn by a crash mid-write (the last one, without its newline) is skipped when read, and cut
/// off before the next append (only the worker appends; the report command only reads, so it never cuts a line the
/// worker is writing); a line that does not parse anywhere else means the file was edited, and the worker refuses to start.
/// </summary>
public sealed class ExchangeJournal
{
    private readonly ILogger<ExchangeJournal> _logger;
    private bool _tailChecked;

    /// <summary>A journal at the configured path, resolved against the content root.</summary>
    public ExchangeJournal(IOptions<ExchangeOptions> options, IHostEnvironment environment, ILogger<ExchangeJournal> logger)
    {
        FilePath = Path.GetFullPath(options.Value.JournalPath, environment.ContentRootPath);
        _logger = logger;
    }

    /// <summary>The journal file.</summary>
    public string FilePath { get; }

    /// <summary>Every entry, oldest first (none when the file does not exist).</summary>
    public IReadOnlyList<ExchangeJournalEntry> ReadAll()
    {
        if (!File.Exists(FilePath))
        {
            return [];
        }

        var text = File.ReadAllText(FilePath, Encoding.UTF8);
        var complete = text.LastIndexOf('\n') + 1;
        var entries = new List<ExchangeJournalEntry>();
        var lines = text[..complete].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            entries.Add(Parse(lines[i], i + 1));
        }

        return entries;
    }

    /// <summary>Appends <paramref name="entry"/> and flushes it to the disk.</summary>
    public async Task AppendAsync(ExchangeJournalEntry entry, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        if (!_tailChecked)
        {
            CutTornTail();
            _tailChecked = true;
        }

        var line = JsonSerializer.SerializeToUtf8Bytes(entry, ExchangeJsonContext.Default.ExchangeJournalEntry);
        await using var stream = new FileStream(FilePath, FileMode.Append, FileAccess.Write, FileShare.Read, 4096, FileOptions.WriteThrough);
        await stream.WriteAsync(line, cancellationToken);
        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        stream.Flush(flushToDisk: true);
    }

    private void CutTornTail()
    {
        if (!File.Exists(FilePath))
        {
            return;
        }

        var bytes = File.ReadAllBytes(FilePath);
        var complete = Array.LastIndexOf(bytes, (byte)'\n') + 1;
        if (complete < bytes.Length)
        {
            ExchangeLog.TornLine(_logger, FilePath, bytes.Length - complete);
            using var file = new FileStream(FilePath, FileMode.Open, FileAccess.Write);
            file.SetLength(complete);
            file.Flush(flushToDisk: true);
        }
    }

    private ExchangeJournalEntry Parse(string line, int number)
    {
        try
        {
            var entry = JsonSerializer.Deserialize(line, ExchangeJsonContext.Default.ExchangeJournalEntry);
            if (entry is { Change: not null, Licence: null } or { Change: null, Licence: not null })
            {
                return entry;
            }
        }
        catch (JsonException)
        {
            // Reported below with the line number.
        }

        throw new InvalidOperationException(
            $"Exchange journal '{FilePath}' line {number} is not a workflow change or licence record; restore the file from a backup or remove the line (Exchanges:JournalPath).");
    }
}
