using BenchmarkDotNet.Running;

namespace ResourceMonitor.Benchmarks;

/// <summary>Runs the benchmarks named on the command line (BenchmarkDotNet's switcher).</summary>
public static class BenchmarkProgram
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
