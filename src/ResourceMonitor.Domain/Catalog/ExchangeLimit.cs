namespace ResourceMonitor.Domain.Catalog;

/// <summary>How far a resource can practically be moved between plants, and what is lost on the way.</summary>
/// <param name="MaxDistanceMetres">Beyond this distance an exchange is not practical.</param>
/// <param name="LossPerKilometre">Share of the flow lost per km (heat losses of a pipe, leaks); 0 for trucked waste.</param>
public sealed record ExchangeLimit(double MaxDistanceMetres, double LossPerKilometre)
{
    /// <summary>The share of the offered flow that arrives over <paramref name="distanceMetres"/>.</summary>
    public double DeliveredShare(double distanceMetres) => Math.Max(0, 1 - (LossPerKilometre * distanceMetres / 1000));
}
