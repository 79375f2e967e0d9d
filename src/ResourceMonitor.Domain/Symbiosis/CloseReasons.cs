namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>Why an opportunity closed, in the words its alerts carry (docs/symbiosis.md lists them).</summary>
public static class CloseReasons
{
    /// <summary>The offer's smoothed rate stayed below its close threshold for the close duration.</summary>
    public const string OfferNotInSurplus = "offer not in surplus";

    /// <summary>The need's intake stayed at zero for the close duration: demand ended.</summary>
    public const string NeedNotActive = "need not active";

    /// <summary>
    /// The reason when a side's detector does not know its rate (<paramref name="side"/> is "offer" or "need"):
    /// "no data from the offer" (silent past the stale limit, or never heard), "offer plant offline"; null when live.
    /// </summary>
    public static string? Silence(string side, DetectorCondition condition) => condition switch
    {
        DetectorCondition.Stale or DetectorCondition.NoData => $"no data from the {side}",
        DetectorCondition.Offline => $"{side} plant offline",
        _ => null,
    };
}
