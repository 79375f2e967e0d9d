namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>How surpluses and needs are detected and when an opportunity's change is worth an alert.</summary>
/// <param name="SmoothingWindow">The smoothed rate is the mean of the readings within this window.</param>
/// <param name="OpenAfter">The smoothed rate must stay above the open threshold this long before a surplus (or need) opens.</param>
/// <param name="CloseAfter">It must stay below the close threshold this long before it closes.</param>
/// <param name="StaleAfter">With no reading for this long the detector knows nothing and closes (a gap shorter than this holds the state).</param>
/// <param name="HeatApproachKelvin">A heat offer must be at least this much hotter than the need's minimum temperature.</param>
/// <param name="SignificantChange">A relative change of the potential or allocated rate that makes an update alert.</param>
/// <param name="WasteNeedHorizon">A material need takes its intake rate over this horizon as the quantity it can absorb.</param>
public sealed record DetectionSettings(
    TimeSpan SmoothingWindow,
    TimeSpan OpenAfter,
    TimeSpan CloseAfter,
    TimeSpan StaleAfter,
    double HeatApproachKelvin,
    double SignificantChange,
    TimeSpan WasteNeedHorizon)
{
    /// <summary>The defaults: 5-minute mean, 3 minutes to open, 5 to close, 10 minutes of silence is a gap, 10 K approach, 20 % change, a day of material intake.</summary>
    public static DetectionSettings Default { get; } = new(
        TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), 10, 0.2, TimeSpan.FromHours(24));
}
