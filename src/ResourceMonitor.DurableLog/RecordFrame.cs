using System.Buffers.Binary;
using System.IO.Hashing;

namespace ResourceMonitor.DurableLog;

/// <summary>
/// The on-disk record, little-endian: magic "RMS1" (u32), body length (i32), CRC-32 of the body (u32), then the body:
/// sequence (i64) and the codec's payload. This is the worker spool's format of cb51c66, so a spool left by it is read as is.
/// </summary>
internal static class RecordFrame
{
    public const int HeaderBytes = 12;
    public const int SequenceBytes = 8;
    public const int MaxBodyBytes = 256 * 1024 * 1024;
    public const uint Magic = 0x31534D52; // "RMS1"

    /// <summary>Frames a body already holding its sequence; returns the record size.</summary>
    public static int Seal(Span<byte> record, int bodyLength)
    {
        var body = record.Slice(HeaderBytes, bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(record, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(record[4..], bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(record[8..], Crc32.HashToUInt32(body));
        return HeaderBytes + bodyLength;
    }

    /// <summary>Writes one record of <paramref name="value"/> into <paramref name="destination"/>; returns its size.</summary>
    public static int Write<T>(Span<byte> destination, long sequence, T value, IRecordCodec<T> codec)
    {
        var body = destination[HeaderBytes..];
        BinaryPrimitives.WriteInt64LittleEndian(body, sequence);
        var payload = codec.Write(body[SequenceBytes..], value);
        return Seal(destination, SequenceBytes + payload);
    }

    /// <summary>The largest size a record of a payload of <paramref name="payloadBytes"/> can have.</summary>
    public static int MaxSize(int payloadBytes) => HeaderBytes + SequenceBytes + payloadBytes;

    /// <summary>What lies at the start of <paramref name="source"/>; <paramref name="recordBytes"/> is the record's size (or the bytes needed to tell).</summary>
    public static FrameStatus Inspect(ReadOnlySpan<byte> source, out int recordBytes)
    {
        recordBytes = HeaderBytes;
        if (source.Length < HeaderBytes)
        {
            return FrameStatus.Incomplete;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(source[4..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(source) != Magic || length is < SequenceBytes or > MaxBodyBytes)
        {
            return FrameStatus.Unframed;
        }

        recordBytes = HeaderBytes + length;
        if (source.Length < recordBytes)
        {
            return FrameStatus.Incomplete;
        }

        return Crc32.HashToUInt32(source.Slice(HeaderBytes, length)) == BinaryPrimitives.ReadUInt32LittleEndian(source[8..])
            ? FrameStatus.Valid
            : FrameStatus.Corrupt;
    }

    /// <summary>The sequence number of a valid record.</summary>
    public static long Sequence(ReadOnlySpan<byte> record) => BinaryPrimitives.ReadInt64LittleEndian(record[HeaderBytes..]);

    /// <summary>The codec's payload of a valid record.</summary>
    public static ReadOnlySpan<byte> Payload(ReadOnlySpan<byte> record) => record[(HeaderBytes + SequenceBytes)..];
}
