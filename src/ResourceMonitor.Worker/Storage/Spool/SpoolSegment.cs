namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>One segment file of the spool: records with consecutive sequence numbers, named after the first.</summary>
internal sealed class SpoolSegment(string path, long firstSequence)
{
    public string Path { get; } = path;

    public long FirstSequence { get; } = firstSequence;

    public long LastSequence { get; set; } = firstSequence - 1;

    public long Length { get; set; }

    public static string FileName(long firstSequence) => $"{firstSequence:D20}.seg";
}
