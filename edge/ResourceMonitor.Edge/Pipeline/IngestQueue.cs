using System.Threading.Channels;

namespace ResourceMonitor.Edge.Pipeline;

/// <summary>The bounded queue between the inputs and the pipeline (Wait mode: a full queue slows the inputs, it never drops).</summary>
public sealed class IngestQueue
{
    private readonly Channel<IngestItem> _channel = Channel.CreateBounded<IngestItem>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>The writing end.</summary>
    public ChannelWriter<IngestItem> Writer => _channel.Writer;

    /// <summary>The reading end.</summary>
    public ChannelReader<IngestItem> Reader => _channel.Reader;
}
