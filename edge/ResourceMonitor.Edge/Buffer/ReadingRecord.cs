using System.Buffers.Binary;
using System.Text;
using ResourceMonitor.Contracts;
using ResourceMonitor.DurableLog;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>
/// The payload of one buffered reading in the durable log (which frames, checksums and numbers it): UTC ticks i64, value f64,
/// kind u8, quality u8, meter and unit as length-prefixed UTF-8. Little-endian; the same bytes as cb51c66's buffer body.
/// </summary>
internal sealed class ReadingRecord : IRecordCodec<Reading>
{
    private const int FixedBytes = 8 + 8 + 1 + 1;

    public static ReadingRecord Instance { get; } = new();

    /// <summary>The most disk bytes a record of a reading of <paramref name="meter"/> in <paramref name="unit"/> takes (known before normalising).</summary>
    public static int MaxSize(string meter, string unit) => LogRecordSize.Of(MaxPayloadBytes(meter, unit));

    /// <inheritdoc />
    public int MaxPayloadBytes(Reading value) => MaxPayloadBytes(value.Meter, value.Unit);

    /// <inheritdoc />
    public int Write(Span<byte> destination, Reading value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, value.Timestamp.UtcTicks);
        BinaryPrimitives.WriteDoubleLittleEndian(destination[8..], value.Value);
        destination[16] = (byte)value.Kind;
        destination[17] = (byte)value.Quality;
        var at = FixedBytes;
        at += WriteText(destination[at..], value.Meter);
        at += WriteText(destination[at..], value.Unit);
        return at;
    }

    /// <inheritdoc />
    public bool TryRead(ReadOnlySpan<byte> payload, out Reading value)
    {
        value = null!;
        var at = FixedBytes;
        if (payload.Length < FixedBytes || !TryReadText(payload, ref at, out var meter) || !TryReadText(payload, ref at, out var unit))
        {
            return false;
        }

        var ticks = BinaryPrimitives.ReadInt64LittleEndian(payload);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            return false;
        }

        value = new Reading(
            meter,
            new DateTimeOffset(ticks, TimeSpan.Zero),
            BinaryPrimitives.ReadDoubleLittleEndian(payload[8..]),
            unit,
            (ReadingKind)payload[16],
            (ReadingQuality)payload[17]);
        return true;
    }

    private static int MaxPayloadBytes(string meter, string unit) => FixedBytes + 2 + Encoding.UTF8.GetByteCount(meter) + Encoding.UTF8.GetByteCount(unit);

    private static int WriteText(Span<byte> destination, string text)
    {
        var count = Encoding.UTF8.GetBytes(text, destination[1..]);
        destination[0] = checked((byte)count);
        return count + 1;
    }

    private static bool TryReadText(ReadOnlySpan<byte> payload, ref int at, out string text)
    {
        text = string.Empty;
        if (at >= payload.Length || at + 1 + payload[at] > payload.Length)
        {
            return false;
        }

        var count = payload[at];
        text = Encoding.UTF8.GetString(payload.Slice(at + 1, count));
        at += count + 1;
        return true;
    }
}
