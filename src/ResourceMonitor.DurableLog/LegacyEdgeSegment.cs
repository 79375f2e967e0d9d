using System.Buffers.Binary;
using System.IO.Hashing;

namespace ResourceMonitor.DurableLog;

/// <summary>
/// Upgrade path for segments left by cb51c66's edge buffer: records framed <c>[length u32][crc32 u32][body]</c> without the
/// magic, the body starting with the sequence as now. <see cref="Convert"/> rewrites such a file in the current framing
/// (temporary file, fsync, rename), so a crash during the upgrade leaves the old file to convert again. The old reader's
/// rule is kept: the file is read up to its first bad record.
/// </summary>
internal static class LegacyEdgeSegment
{
    public const string TemporarySuffix = ".upgrade";
    private const int LegacyHeaderBytes = 8;

    /// <summary>True when the file does not start with a current record's magic (a shorter file is a torn current one).</summary>
    public static bool IsLegacy(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && BinaryPrimitives.ReadUInt32LittleEndian(head) != RecordFrame.Magic;
    }

    /// <summary>Rewrites the file in the current framing; returns the number of records kept.</summary>
    public static int Convert(string path, FsyncPolicy fsync)
    {
        var old = File.ReadAllBytes(path);
        var converted = new byte[old.Length / LegacyHeaderBytes * 4 + old.Length];
        var at = 0;
        var written = 0;
        var records = 0;
        var last = long.MinValue;
        while (TryRead(old.AsSpan(at), out var body) && BinaryPrimitives.ReadInt64LittleEndian(body) > last)
        {
            last = BinaryPrimitives.ReadInt64LittleEndian(body);
            body.CopyTo(converted.AsSpan(written + RecordFrame.HeaderBytes));
            written += RecordFrame.Seal(converted.AsSpan(written), body.Length);
            at += LegacyHeaderBytes + body.Length;
            records++;
        }

        var temp = path + TemporarySuffix;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(converted, 0, written);
            stream.Flush(fsync == FsyncPolicy.EveryAppend);
        }

        File.Move(temp, path, overwrite: true);
        return records;
    }

    private static bool TryRead(ReadOnlySpan<byte> source, out ReadOnlySpan<byte> body)
    {
        body = default;
        if (source.Length < LegacyHeaderBytes)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(source);
        if (length < RecordFrame.SequenceBytes || length > source.Length - LegacyHeaderBytes)
        {
            return false;
        }

        body = source.Slice(LegacyHeaderBytes, (int)length);
        return Crc32.HashToUInt32(body) == BinaryPrimitives.ReadUInt32LittleEndian(source[4..]);
    }
}
