namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// A route that holds at one evaluation: its quality, potential and allocated rate, the value of a delivered unit, the
/// time its meters' data covers, and whether one side is closing (below its close threshold, waiting out the close
/// duration: its rate changes are not announced, the close or the recovery will be).
/// </summary>
public sealed record PairState(ExchangeRoute Route, OfferedQuality Quality, string RateUnit, double PotentialRate, double AllocatedRate, UnitValue Value, DataCoverage Coverage, bool Closing = false);
