namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>One edit of a payload's bytes, as a property test draws it: where (taken modulo the length) and what.</summary>
internal sealed record Mutation(MutationKind Kind, int Position, byte[] Bytes)
{
    /// <summary>Byte sequences that are never valid UTF-8: broken, cut short, overlong, an encoded surrogate, beyond U+10FFFF.</summary>
    public static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF], [0xFE], [0xE2, 0x82], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80]];

    /// <summary>A UTF-8 byte order mark: valid inside a string, refused at the start of a payload.</summary>
    public static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public byte[] ApplyTo(byte[] payload)
    {
        var at = payload.Length == 0 ? 0 : Math.Abs(Position % payload.Length);
        return Kind switch
        {
            MutationKind.FlipByte when payload.Length > 0 => [.. payload[..at], (byte)(payload[at] ^ Math.Max((byte)1, Bytes.FirstOrDefault())), .. payload[(at + 1)..]],
            MutationKind.Insert => [.. payload[..at], .. Bytes, .. payload[at..]],
            MutationKind.Truncate => payload[..at],
            MutationKind.Delete => [.. payload[..at], .. payload[Math.Min(payload.Length, at + Bytes.Length + 1)..]],
            _ => payload,
        };
    }

    public override string ToString() => $"{Kind} at {Position}: [{string.Join(' ', Bytes.Select(b => b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)))}]";
}
