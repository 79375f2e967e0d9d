using System.Buffers.Binary;
using System.IO.Hashing;

namespace ResourceMonitor.DurableLog;

/// <summary>
/// The last released sequence number in its own 12-byte file (i64 + CRC-32 of it): written to a temporary file, fsynced and
/// renamed over the old one, so a crash leaves either the old or the new checkpoint, never a torn one. The same format as
/// cb51c66's edge buffer and worker spool.
/// </summary>
internal sealed class CheckpointFile(string directory)
{
    private readonly string _path = System.IO.Path.Combine(directory, "checkpoint");

    public string Path => _path;

    /// <summary>The stored checkpoint, 0 when there is none (sequence numbers start at 1); null when the file is corrupt.</summary>
    public long? Read()
    {
        if (!File.Exists(_path))
        {
            return 0;
        }

        var bytes = File.ReadAllBytes(_path);
        if (bytes.Length != 12 || Crc32.HashToUInt32(bytes.AsSpan(0, 8)) != BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)))
        {
            return null;
        }

        return BinaryPrimitives.ReadInt64LittleEndian(bytes);
    }

    public void Write(long sequence, FsyncPolicy fsync)
    {
        Span<byte> bytes = stackalloc byte[12];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, sequence);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes[8..], Crc32.HashToUInt32(bytes[..8]));
        var temp = _path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(fsync == FsyncPolicy.EveryAppend);
        }

        File.Move(temp, _path, overwrite: true);
    }
}
