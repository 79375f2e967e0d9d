using System.Text;
using ResourceMonitor.DurableLog;

namespace ResourceMonitor.DurableLog.Tests;

/// <summary>A test codec: the value as UTF-8.</summary>
internal sealed class TextRecord : IRecordCodec<string>
{
    public static TextRecord Instance { get; } = new();

    public int MaxPayloadBytes(string value) => Encoding.UTF8.GetByteCount(value);

    public int Write(Span<byte> destination, string value) => Encoding.UTF8.GetBytes(value, destination);

    public bool TryRead(ReadOnlySpan<byte> payload, out string value)
    {
        value = Encoding.UTF8.GetString(payload);
        return true;
    }
}
