namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>The range a driver covered in the baseline period: predictions outside it are extrapolations.</summary>
public sealed record DriverRange(string Name, double Min, double Max)
{
    /// <summary>Whether <paramref name="value"/> lies within the range (inclusive).</summary>
    public bool Contains(double value) => value >= Min && value <= Max;
}
