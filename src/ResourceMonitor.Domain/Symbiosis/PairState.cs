namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>A route that holds at one evaluation: its quality, potential and allocated rate, and the value of a delivered unit.</summary>
public sealed record PairState(ExchangeRoute Route, OfferedQuality Quality, string RateUnit, double PotentialRate, double AllocatedRate, UnitValue Value);
