using System.Globalization;

namespace ResourceMonitor.DurableLog;

/// <summary>One file of the log: records from <see cref="FirstSequence"/> to <see cref="LastSequence"/>, named after the first.</summary>
internal sealed class LogSegment(string path, long firstSequence)
{
    public string Path { get; } = path;

    public long FirstSequence { get; } = firstSequence;

    /// <summary>First − 1 while empty.</summary>
    public long LastSequence { get; set; } = firstSequence - 1;

    public long Length { get; set; }

    public bool IsEmpty => LastSequence < FirstSequence;

    public static string FileName(long firstSequence) => firstSequence.ToString("D20", CultureInfo.InvariantCulture) + ".seg";

    /// <summary>Parses a segment's name; cb51c66's edge buffer wrote 19 digits, its spool 20: both parse.</summary>
    public static bool TryParseFirst(string path, out long first) =>
        long.TryParse(System.IO.Path.GetFileNameWithoutExtension(path), NumberStyles.None, CultureInfo.InvariantCulture, out first);
}
