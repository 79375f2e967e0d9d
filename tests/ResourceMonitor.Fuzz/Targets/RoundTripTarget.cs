using System.Buffers;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Fuzz.Targets;

/// <summary>
/// A decoder of one flat contract message (the agent status, the end-to-end acknowledgement): a message that encodes and
/// decodes to itself, or a refusal with its reason.
/// </summary>
/// <typeparam name="T">The decoded message (a record, compared by value).</typeparam>
public sealed class RoundTripTarget<T> : IFuzzTarget
    where T : class
{
    private readonly Decoder _decode;
    private readonly Func<T, byte[]> _encode;

    /// <summary>A target named <paramref name="name"/> over <paramref name="decode"/> and its <paramref name="encode"/>.</summary>
    public RoundTripTarget(string name, Decoder decode, Func<T, byte[]> encode)
    {
        Name = name;
        _decode = decode;
        _encode = encode;
    }

    /// <summary>The codec's decoder: the message, or null and the reason.</summary>
    public delegate T? Decoder(ReadOnlySequence<byte> payload, out Rejection? rejection);

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public void Run(byte[] input)
    {
        var message = _decode(new ReadOnlySequence<byte>(input), out var rejection);
        Invariant.DecodedOrRefused(message, rejection, Name);
        if (message is not null)
        {
            var again = _decode(new ReadOnlySequence<byte>(_encode(message)), out var refusedAgain);
            Invariant.That(refusedAgain is null && Equals(again, message), $"a decoded {Name} does not survive its own encoding ({refusedAgain})");
        }
    }
}
