using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Fuzz;

/// <summary>The checks every target applies to what a decoder answered.</summary>
public static class Invariant
{
    /// <summary>Throws <see cref="InvariantBrokenException"/> with <paramref name="what"/> unless <paramref name="holds"/>.</summary>
    public static void That(bool holds, string what)
    {
        if (!holds)
        {
            throw new InvariantBrokenException(what);
        }
    }

    /// <summary>A contract refusal names one of the contract's reasons and says what is wrong.</summary>
    public static void HasReason(Rejection rejection)
    {
        That(Enum.IsDefined(rejection.Reason), $"reason {(int)rejection.Reason} is not one of the contract's");
        That(!string.IsNullOrWhiteSpace(rejection.Detail), $"{rejection.Reason} without a detail");
    }

    /// <summary>Exactly one of a decoded value and a refusal, and a refusal has a reason.</summary>
    public static void DecodedOrRefused(object? decoded, Rejection? rejection, string what)
    {
        That(decoded is null != rejection is null, $"a {what} decodes or carries a reason, never both or neither");
        if (rejection is not null)
        {
            HasReason(rejection);
        }
    }

    /// <summary>
    /// The readings pass the contract's own validation: sent in a batch as the edge sends them, the worker's decoder takes
    /// every one of them back unchanged.
    /// </summary>
    public static void ContractAccepts(IReadOnlyList<Reading> readings)
    {
        if (readings.Count == 0)
        {
            return;
        }

        var codec = new ReadingBatchCodec();
        var sent = new ReadingBatch("edge-fuzz", "fuzz-batch", readings);
        var back = codec.Decode(ReadingBatchCodec.Encode(sent));
        That(back.Rejections.Count == 0, $"the contract refuses a reading the decoder produced: {string.Join("; ", back.Rejections)}");
        That(back.Batch!.Readings.SequenceEqual(readings), "a reading changed on its way through the contract");
    }
}
