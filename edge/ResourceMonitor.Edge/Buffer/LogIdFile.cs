namespace ResourceMonitor.Edge.Buffer;

/// <summary>
/// The buffer's log id, in its own small file beside the segments: it names this numbering of sequence numbers for the
/// end-to-end acknowledgement, so a new buffer (a reinstalled agent, numbers restarting at 1) is a new log and never taken
/// for a stream of repeats. Created once, written to a temporary file and renamed, never changed.
/// </summary>
internal static class LogIdFile
{
    private const string FileName = "log-id";

    /// <summary>The id stored in <paramref name="directory"/>, created when there is none (or it is unreadable).</summary>
    public static string ReadOrCreate(string directory, bool flushToDisk)
    {
        var path = Path.Combine(directory, FileName);
        if (File.Exists(path))
        {
            var stored = File.ReadAllText(path).Trim();
            if (IsValid(stored))
            {
                return stored;
            }
        }

        var id = Guid.NewGuid().ToString("N");
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(System.Text.Encoding.ASCII.GetBytes(id));
            stream.Flush(flushToDisk);
        }

        File.Move(temp, path, overwrite: true);
        return id;
    }

    private static bool IsValid(string id) => id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
