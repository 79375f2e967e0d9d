using System.ComponentModel.DataAnnotations;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Edge.Simulation;

/// <summary>One simulated meter (section <c>Edge:Simulation:Meters:i</c>).</summary>
public sealed class SimulatedMeterOptions
{
    /// <summary>The meter id.</summary>
    [Required]
    [RegularExpression("^[a-z0-9-]{1,64}$")]
    public string Meter { get; set; } = string.Empty;

    /// <summary>A canonical unit (kWh, m3, kg for counters; kW, m3/h, kg/h, degC for gauges).</summary>
    [Required]
    public string Unit { get; set; } = string.Empty;

    /// <summary>Counter or gauge.</summary>
    public ReadingKind Kind { get; set; } = ReadingKind.Counter;

    /// <summary>Counters: the mean consumption per hour; gauges: the mean value.</summary>
    [Range(0, double.MaxValue)]
    public double Mean { get; set; } = 100;

    /// <summary>Relative size of the day/night swing (0 = flat, 0.5 = ±50 %).</summary>
    [Range(0, 1)]
    public double DailyAmplitude { get; set; } = 0.3;

    /// <summary>Relative drop on weekends (0 = none, 0.4 = 40 % less on Saturday and Sunday).</summary>
    [Range(0, 1)]
    public double WeekendDrop { get; set; } = 0.3;

    /// <summary>Relative standard deviation of the noise.</summary>
    [Range(0, 1)]
    public double Noise { get; set; } = 0.05;

    /// <summary>A catalog profile (continuous, day-shift, two-shift, ambient, stock) that replaces the amplitude and weekend drop.</summary>
    public string? Profile { get; set; }

    /// <summary>Counters: the register value at the start.</summary>
    [Range(0, double.MaxValue)]
    public double Start { get; set; }
}
