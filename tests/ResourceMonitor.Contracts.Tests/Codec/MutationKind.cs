namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>What a <see cref="Mutation"/> does at its position.</summary>
internal enum MutationKind
{
    FlipByte,
    Insert,
    Truncate,
    Delete,
}
