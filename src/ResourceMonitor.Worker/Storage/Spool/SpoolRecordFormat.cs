using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using InfluxDB.Client.Api.Domain;

namespace ResourceMonitor.Worker.Storage.Spool;

/// <summary>
/// The on-disk record: magic "RMS1", body length (u32), CRC-32 of the body (u32), then the body: sequence (u64),
/// precision (u8) and the line-protocol lines joined by '\n' (UTF-8). Little-endian.
/// </summary>
internal static class SpoolRecordFormat
{
    public const int HeaderBytes = 12;
    public const int MaxBodyBytes = 256 * 1024 * 1024;
    private const uint Magic = 0x31534D52; // "RMS1"

    public static byte[] Encode(long sequence, LineBatch batch)
    {
        var text = string.Join('\n', batch.Lines);
        var bodyLength = 9 + Encoding.UTF8.GetByteCount(text);
        var record = new byte[HeaderBytes + bodyLength];
        var body = record.AsSpan(HeaderBytes);
        BinaryPrimitives.WriteInt64LittleEndian(body, sequence);
        body[8] = (byte)batch.Precision;
        Encoding.UTF8.GetBytes(text, body[9..]);
        BinaryPrimitives.WriteUInt32LittleEndian(record, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(record.AsSpan(4), bodyLength);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(8), Crc32.HashToUInt32(body));
        return record;
    }

    /// <summary>Reads the body length from a header, or -1 when the header is not a record's.</summary>
    public static int BodyLength(ReadOnlySpan<byte> header)
    {
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != Magic)
        {
            return -1;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        return length is < 9 or > MaxBodyBytes ? -1 : length;
    }

    /// <summary>True when the body matches the header's checksum.</summary>
    public static bool ChecksumMatches(ReadOnlySpan<byte> header, ReadOnlySpan<byte> body) =>
        BinaryPrimitives.ReadUInt32LittleEndian(header[8..]) == Crc32.HashToUInt32(body);

    public static long Sequence(ReadOnlySpan<byte> body) => BinaryPrimitives.ReadInt64LittleEndian(body);

    public static LineBatch Batch(ReadOnlySpan<byte> body)
    {
        var text = Encoding.UTF8.GetString(body[9..]);
        return new LineBatch((WritePrecision)body[8], text.Split('\n'));
    }
}
