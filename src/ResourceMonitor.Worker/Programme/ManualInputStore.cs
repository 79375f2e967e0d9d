using System.Text.Json;
using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Reports;

namespace ResourceMonitor.Worker.Programme;

/// <summary>
/// The manual inputs, kept in <see cref="ProgrammeOptions.InputsFile"/>: every entry ever recorded (an audit trail), the
/// file replaced atomically (write, fsync, rename) before a change is answered, so a crash keeps the old or the new file.
/// </summary>
public sealed class ManualInputStore
{
    private readonly string _path;
    private readonly Lock _gate = new();
    private List<ManualInput> _entries;

    /// <summary>Opens the store at <paramref name="options"/>' file under <paramref name="environment"/>'s content root.</summary>
    public ManualInputStore(IOptions<ProgrammeOptions> options, IHostEnvironment environment)
    {
        var file = options.Value.InputsFile;
        _path = Path.IsPathRooted(file) ? file : Path.Combine(environment.ContentRootPath, file);
        _entries = File.Exists(_path)
            ? JsonSerializer.Deserialize<List<ManualInput>>(File.ReadAllText(_path), ReportJson.Options) ?? []
            : [];
    }

    /// <summary>Every entry, oldest first.</summary>
    public IReadOnlyList<ManualInput> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>Records <paramref name="input"/> durably.</summary>
    public void Record(ManualInput input)
    {
        lock (_gate)
        {
            var next = new List<ManualInput>(_entries) { input };
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temporary = _path + ".tmp";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                JsonSerializer.Serialize(stream, next, ReportJson.Options);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, _path, overwrite: true);
            _entries = next;
        }
    }

    /// <summary>The values in force for <paramref name="park"/> in <paramref name="month"/> (<c>yyyy-MM</c>): per indicator the latest entry of that month or before.</summary>
    public IReadOnlyDictionary<string, double> InForce(string park, string month) =>
        Entries
            .Where(e => e.Park == park && string.CompareOrdinal(e.Month, month) <= 0)
            .GroupBy(e => e.Indicator, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Month, StringComparer.Ordinal).ThenBy(e => e.RecordedAt).Last().Value, StringComparer.Ordinal);
}
