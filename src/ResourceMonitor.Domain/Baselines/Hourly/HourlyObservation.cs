namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>One hour of a meter: consumption in the hour starting at <paramref name="Start"/> and the hour's mean outdoor temperature.</summary>
public sealed record HourlyObservation(DateTimeOffset Start, double Consumption, double TemperatureCelsius);
