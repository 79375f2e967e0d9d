namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>How surpluses and needs are detected and when an opportunity's change is worth an alert.</summary>
/// <param name="SmoothingWindow">The smoothed rate is the mean of the readings within this window (short: the sustain timers do the debouncing).</param>
/// <param name="OpenAfter">The smoothed rate must stay above the open threshold this long (on the readings' time) before a surplus (or need) opens.</param>
/// <param name="CloseAfter">It must stay below the close threshold this long before it closes.</param>
/// <param name="StaleAfter">With no reading for this long the detector is stale: it knows nothing and closes (a gap shorter than this holds the state).</param>
/// <param name="HeatApproachKelvin">A heat offer must be at least this much hotter than the need's minimum temperature.</param>
/// <param name="SignificantChange">A relative change of the potential or allocated rate that makes an update alert.</param>
/// <param name="WasteNeedHorizon">A material need takes its intake rate over this horizon as the quantity it can absorb.</param>
/// <param name="UpdateSettleTime">A significant change is announced only once the rate has stayed within half the significant change of its new value this long (a ramp makes one update at its end, not one per step).</param>
/// <param name="MinUpdateInterval">At most one update alert per opportunity in this time (opening counts as an announcement).</param>
/// <param name="AllocationFloor">A pair whose allocated rate is below this share of its potential is reported as below the floor (the park allocation gives the surplus to better pairs).</param>
public sealed record DetectionSettings(
    TimeSpan SmoothingWindow,
    TimeSpan OpenAfter,
    TimeSpan CloseAfter,
    TimeSpan StaleAfter,
    double HeatApproachKelvin,
    double SignificantChange,
    TimeSpan WasteNeedHorizon,
    TimeSpan UpdateSettleTime = default,
    TimeSpan MinUpdateInterval = default,
    double AllocationFloor = 0.1)
{
    /// <summary>
    /// The defaults: 1-minute mean, 3 minutes to open, 5 to close, 10 minutes of silence is stale, 10 K approach, 20 %
    /// change settled for 2 minutes and at most one update per 10 minutes, a day of material intake, a floor at 10 % of
    /// the potential.
    /// </summary>
    public static DetectionSettings Default { get; } = new(
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10), 10, 0.2, TimeSpan.FromHours(24),
        TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), 0.1);
}
