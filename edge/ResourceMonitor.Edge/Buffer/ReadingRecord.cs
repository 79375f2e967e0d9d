using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Buffer;

/// <summary>
/// The on-disk form of one buffered reading: <c>[length u32][crc32 u32][body]</c>, body = sequence i64, UTC ticks i64, value f64,
/// kind u8, quality u8, meter and unit as length-prefixed UTF-8. A torn or corrupt record fails its length or checksum.
/// </summary>
public static class ReadingRecord
{
    /// <summary>Bytes before the body.</summary>
    public const int HeaderBytes = 8;

    private const int FixedBodyBytes = 8 + 8 + 8 + 1 + 1 + 1 + 1;

    /// <summary>The largest body a valid record has.</summary>
    public const int MaxBodyBytes = FixedBodyBytes + 255 + 255;

    /// <summary>Writes one record into <paramref name="destination"/>; returns its size.</summary>
    public static int Write(Span<byte> destination, long sequence, Reading reading)
    {
        var body = destination[HeaderBytes..];
        BinaryPrimitives.WriteInt64LittleEndian(body, sequence);
        BinaryPrimitives.WriteInt64LittleEndian(body[8..], reading.Timestamp.UtcTicks);
        BinaryPrimitives.WriteDoubleLittleEndian(body[16..], reading.Value);
        body[24] = (byte)reading.Kind;
        body[25] = (byte)reading.Quality;
        var at = 26;
        at += WriteText(body[at..], reading.Meter);
        at += WriteText(body[at..], reading.Unit);
        BinaryPrimitives.WriteUInt32LittleEndian(destination, (uint)at);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[4..], Crc32.HashToUInt32(body[..at]));
        return HeaderBytes + at;
    }

    /// <summary>Reads the record at the start of <paramref name="source"/>; false when it is incomplete or corrupt.</summary>
    public static bool TryRead(ReadOnlySpan<byte> source, out BufferedReading? record, out int size)
    {
        record = null;
        size = 0;
        if (source.Length < HeaderBytes)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(source);
        if (length < FixedBodyBytes || length > MaxBodyBytes || source.Length < HeaderBytes + length)
        {
            return false;
        }

        var body = source.Slice(HeaderBytes, (int)length);
        if (Crc32.HashToUInt32(body) != BinaryPrimitives.ReadUInt32LittleEndian(source[4..]))
        {
            return false;
        }

        var at = 26;
        if (!TryReadText(body, ref at, out var meter) || !TryReadText(body, ref at, out var unit))
        {
            return false;
        }

        var reading = new Reading(
            meter,
            new DateTimeOffset(BinaryPrimitives.ReadInt64LittleEndian(body[8..]), TimeSpan.Zero),
            BinaryPrimitives.ReadDoubleLittleEndian(body[16..]),
            unit,
            (ReadingKind)body[24],
            (ReadingQuality)body[25]);
        record = new BufferedReading(BinaryPrimitives.ReadInt64LittleEndian(body), reading);
        size = HeaderBytes + (int)length;
        return true;
    }

    /// <summary>An upper bound of the record size of <paramref name="reading"/>.</summary>
    public static int MaxSize(Reading reading) => MaxSize(reading.Meter, reading.Unit);

    /// <summary>The most bytes a record of a reading of <paramref name="meter"/> in <paramref name="unit"/> takes (known before normalising).</summary>
    public static int MaxSize(string meter, string unit) => HeaderBytes + FixedBodyBytes + Encoding.UTF8.GetByteCount(meter) + Encoding.UTF8.GetByteCount(unit);

    private static int WriteText(Span<byte> destination, string text)
    {
        var count = Encoding.UTF8.GetBytes(text, destination[1..]);
        destination[0] = checked((byte)count);
        return count + 1;
    }

    private static bool TryReadText(ReadOnlySpan<byte> body, ref int at, out string text)
    {
        text = string.Empty;
        if (at >= body.Length || at + 1 + body[at] > body.Length)
        {
            return false;
        }

        var count = body[at];
        text = Encoding.UTF8.GetString(body.Slice(at + 1, count));
        at += count + 1;
        return true;
    }
}
