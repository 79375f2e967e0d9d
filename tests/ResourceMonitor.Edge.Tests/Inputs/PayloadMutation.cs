using CsCheck;

namespace ResourceMonitor.Edge.Tests.Inputs;

/// <summary>One edit of a payload's bytes: what a flaky radio link, a truncating gateway or a buggy firmware does to a message.</summary>
internal sealed record PayloadMutation(PayloadMutationKind Kind, int Position, byte[] Bytes)
{
    /// <summary>Bytes a JSON or protobuf reader has to think about: structure, escapes, number parts, literals, varint and multi-byte UTF-8 lead/trail bytes.</summary>
    public static readonly Gen<byte> AwkwardByte = Gen.Frequency(
        (6, Gen.OneOf("{}[]\":,\\u0123456789.eE+-tfnrlsaNIy \n"u8.ToArray().Select(Gen.Const).ToArray())),
        (1, Gen.Byte[0x80, 0xFF]),
        (1, Gen.Byte));

    /// <summary>An escaped UTF-16 surrogate with no partner: valid JSON syntax, but no string can hold it (GetString throws).</summary>
    private static readonly Gen<byte[]> LoneSurrogateEscape = Gen.OneOf(Gen.Const("\\ud800"u8.ToArray()), Gen.Const("\\udfff"u8.ToArray()), Gen.Const("\"\\udc00\""u8.ToArray()));

    public static readonly Gen<PayloadMutation> Any = Gen.Select(
        Gen.Enum<PayloadMutationKind>(), Gen.Int[0, 100_000], Gen.OneOf(AwkwardByte.Array[1, 8], Gen.Byte.Array[1, 8], LoneSurrogateEscape),
        (kind, position, bytes) => new PayloadMutation(kind, position, bytes));

    public byte[] ApplyTo(byte[] payload)
    {
        var at = payload.Length == 0 ? 0 : Position % (payload.Length + 1);
        return Kind switch
        {
            PayloadMutationKind.Insert => [.. payload[..at], .. Bytes, .. payload[at..]],
            PayloadMutationKind.Overwrite => [.. payload[..at], .. Bytes, .. payload[Math.Min(payload.Length, at + Bytes.Length)..]],
            PayloadMutationKind.Truncate => payload[..at],
            PayloadMutationKind.Delete => [.. payload[..at], .. payload[Math.Min(payload.Length, at + Bytes.Length)..]],
            PayloadMutationKind.Repeat => [.. payload[..at], .. payload[at..], .. payload[at..]],
            _ => throw new InvalidOperationException($"unknown mutation {Kind}"),
        };
    }

    public override string ToString() => $"{Kind} at {Position}: {Convert.ToHexString(Bytes)}";
}
