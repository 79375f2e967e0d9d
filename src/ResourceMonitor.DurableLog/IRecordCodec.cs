namespace ResourceMonitor.DurableLog;

/// <summary>The typed layer of a log: how one value becomes a record payload and back. The log frames, checks and numbers it.</summary>
public interface IRecordCodec<T>
{
    /// <summary>An upper bound of the payload size of <paramref name="value"/> (the quota is checked against it).</summary>
    int MaxPayloadBytes(T value);

    /// <summary>Writes the payload of <paramref name="value"/> into <paramref name="destination"/>; returns its size.</summary>
    int Write(Span<byte> destination, T value);

    /// <summary>Decodes a payload whose checksum matched; false when it is not a valid value (the record is then skipped as corrupt).</summary>
    bool TryRead(ReadOnlySpan<byte> payload, out T value);
}
