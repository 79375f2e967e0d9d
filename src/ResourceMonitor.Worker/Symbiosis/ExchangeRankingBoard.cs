using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>What <c>GET /api/v1/opportunities/ranking</c> shows the park manager.</summary>
/// <param name="Park">The park.</param>
/// <param name="At">When it was computed.</param>
/// <param name="DiscountRate">The park's discount rate (catalog <c>park.finance</c>); null when the catalog has none (then the list is empty).</param>
/// <param name="LifetimeYears">The exchanges' lifetime for the NPV.</param>
/// <param name="Exchanges">Every pair observed so far, best net present value first.</param>
public sealed record ExchangeRankingBoard(string Park, DateTimeOffset At, double? DiscountRate, int? LifetimeYears, IReadOnlyList<RankedExchange> Exchanges);
