using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Edge.Cli;

/// <summary>One reading as a JSON line, in the v1 contract's field names (the codec encodes it; this cuts the batch envelope off).</summary>
public static class ReadingJson
{
    /// <summary>The reading as the v1 contract writes it inside a batch.</summary>
    public static string Format(Reading reading)
    {
        var batch = System.Text.Encoding.UTF8.GetString(ReadingBatchCodec.Encode(new ReadingBatch("cli", "cli", [reading])));
        var start = batch.IndexOf('[', StringComparison.Ordinal) + 1;
        var end = batch.LastIndexOf(']');
        return batch[start..end];
    }
}
