namespace ResourceMonitor.Domain.Baselines.Profiles;

/// <summary>The usual level of one hour of the week: median and the P10–P90 band of the trailing weeks.</summary>
/// <param name="P10">10th percentile.</param>
/// <param name="Median">Median.</param>
/// <param name="P90">90th percentile.</param>
/// <param name="Samples">How many weeks contributed.</param>
public sealed record ProfileBand(double P10, double Median, double P90, int Samples);
