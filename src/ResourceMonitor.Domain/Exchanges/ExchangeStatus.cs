namespace ResourceMonitor.Domain.Exchanges;

/// <summary>What an opportunity shows of its way to a running exchange: its workflow stage and its legal position.</summary>
/// <param name="Stage">The workflow stage; null when nobody proposed it yet.</param>
/// <param name="Since">When it reached the stage.</param>
/// <param name="By">Who moved it there (API key name).</param>
/// <param name="Reason">Why (e.g. a decline's reason).</param>
/// <param name="Legal">Its legal standing as data: licences needed, their status, whether it may be implemented.</param>
public sealed record ExchangeStatus(ExchangeStage? Stage, DateTimeOffset? Since, string? By, string? Reason, LegalPosition Legal)
{
    /// <summary>The status of an exchange with <paramref name="progress"/> (null: never proposed) and <paramref name="legal"/>.</summary>
    public static ExchangeStatus Of(ExchangeProgress? progress, LegalPosition legal) =>
        new(progress?.Stage, progress?.Since, progress?.Last.By, progress?.Last.Reason, legal);
}
