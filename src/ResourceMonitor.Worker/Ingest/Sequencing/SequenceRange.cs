namespace ResourceMonitor.Worker.Ingest.Sequencing;

/// <summary>The sequence numbers <paramref name="From"/> to <paramref name="To"/>, both included.</summary>
public readonly record struct SequenceRange(long From, long To)
{
    /// <summary>How many numbers the range holds.</summary>
    public long Count => To - From + 1;
}
