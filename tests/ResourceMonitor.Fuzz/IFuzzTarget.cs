namespace ResourceMonitor.Fuzz;

/// <summary>
/// One entry point that outside bytes reach, and the invariant it keeps on every input: it never throws (except its documented
/// result type) and answers either with a refusal that names its reason or with readings the contract itself accepts.
/// </summary>
public interface IFuzzTarget
{
    /// <summary>The target's name on the command line and its corpus folder (<c>corpus/&lt;name&gt;</c>).</summary>
    string Name { get; }

    /// <summary>Runs one input. An exception escaping it is a finding: the code under test threw, or <see cref="Invariant"/> broke.</summary>
    void Run(byte[] input);
}
