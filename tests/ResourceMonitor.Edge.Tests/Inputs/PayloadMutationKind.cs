namespace ResourceMonitor.Edge.Tests.Inputs;

/// <summary>How a <see cref="PayloadMutation"/> edits a payload.</summary>
internal enum PayloadMutationKind
{
    Insert,
    Overwrite,
    Truncate,
    Delete,
    Repeat,
}
