namespace ResourceMonitor.Worker.Exchanges;

/// <summary><c>GET /api/v1/exchanges</c>: the exchanges with a workflow that the caller may see.</summary>
/// <param name="Park">The park.</param>
/// <param name="At">When the legal positions were judged.</param>
/// <param name="Exchanges">Each exchange, by id.</param>
public sealed record ExchangeBoard(string Park, DateTimeOffset At, IReadOnlyList<ExchangeView> Exchanges);
