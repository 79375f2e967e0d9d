using System.Globalization;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>One file of the log: the readings from <see cref="FirstSequence"/> to <see cref="LastSequence"/>.</summary>
internal sealed class LogSegment
{
    public LogSegment(string path, long firstSequence, long lastSequence, long length)
    {
        Path = path;
        FirstSequence = firstSequence;
        LastSequence = lastSequence;
        Length = length;
    }

    public string Path { get; }

    public long FirstSequence { get; }

    /// <summary>First − 1 while empty.</summary>
    public long LastSequence { get; set; }

    public long Length { get; set; }

    public bool IsEmpty => LastSequence < FirstSequence;

    public static string FileName(long firstSequence) => firstSequence.ToString("D19", CultureInfo.InvariantCulture) + ".seg";

    public static bool TryParseFirst(string fileName, out long first) =>
        long.TryParse(System.IO.Path.GetFileNameWithoutExtension(fileName), NumberStyles.None, CultureInfo.InvariantCulture, out first);
}
