namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>A possible flow from supply <paramref name="From"/> to demand <paramref name="To"/>.</summary>
/// <param name="From">Index of the supply (offer).</param>
/// <param name="To">Index of the demand (need).</param>
/// <param name="DeliveredShare">Share of what leaves the supply that reaches the demand (0..1].</param>
/// <param name="ValuePerDelivered">Value of one delivered unit.</param>
public sealed record TransportArc(int From, int To, double DeliveredShare, double ValuePerDelivered);
