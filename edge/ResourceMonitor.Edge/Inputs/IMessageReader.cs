namespace ResourceMonitor.Edge.Inputs;

/// <summary>
/// Reads whole messages for all the mappings of one stateful format (Sparkplug B: aliases defined in a BIRTH, sequence
/// numbers, deaths), keeping its state between messages. Made once per <see cref="MessageMapper"/> by
/// <see cref="IPayloadFormat.CreateReader"/>; called for one message at a time. Never throws on bad input.
/// </summary>
public interface IMessageReader
{
    /// <summary>The topic filters to subscribe to on the local broker (they may differ from the mappings' topics).</summary>
    IEnumerable<string> SubscriptionFilters { get; }

    /// <summary>True when <paramref name="topic"/> is one this reader reads (then no per-mapping format sees it).</summary>
    bool Accepts(string topic);

    /// <summary>
    /// Reads one message received at <paramref name="receivedAt"/>: values for the mapped meters and rejections with reasons;
    /// <see cref="MappingResult.Unmapped"/> when a data message carried nothing mapped (a message taken for the reader's state
    /// alone, such as a death, has neither values nor an unmapped reason).
    /// </summary>
    MappingResult Read(string topic, ReadOnlyMemory<byte> payload, DateTimeOffset receivedAt);
}
