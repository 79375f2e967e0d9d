using System.ComponentModel.DataAnnotations;

namespace ResourceMonitor.Edge.Simulation;

/// <summary>The simulator driver (section <c>Edge:Simulation</c>), used when <c>Edge:Input</c> is Simulator.</summary>
public sealed class SimulationOptions
{
    /// <summary>The seed: the same seed gives the same readings.</summary>
    public int Seed { get; set; } = 42;

    /// <summary>Simulated time between two readings of a meter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>History to produce at start-up (e.g. 7.00:00:00 for a week), generated fast, then real time.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "366.00:00:00")]
    public TimeSpan Backfill { get; set; } = TimeSpan.Zero;

    /// <summary>While back-filling: simulated time per real time (3600 = an hour a second).</summary>
    [Range(1, 10_000_000)]
    public double Acceleration { get; set; } = 3600;

    /// <summary>A park catalog file (e.g. catalog/hiep-phuoc.json): every meter of <c>Edge:Plant</c> in it is simulated at its nominal rate and profile.</summary>
    public string? CatalogFile { get; set; }

    /// <summary>The meters to simulate (in addition to the catalog's).</summary>
    public List<SimulatedMeterOptions> Meters { get; set; } = [];
}
