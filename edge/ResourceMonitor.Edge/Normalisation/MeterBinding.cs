using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Domain.Units;

namespace ResourceMonitor.Edge.Normalisation;

/// <summary>A meter as the normaliser sees it, resolved once at start-up: its kind, its unit conversion and its register.</summary>
/// <param name="Meter">The meter id.</param>
/// <param name="Kind">Counter or gauge.</param>
/// <param name="Conversion">From the source unit (with any scale) to the canonical unit.</param>
/// <param name="Counter">The register description (counters only; <see cref="CounterSpec.Unknown"/> otherwise).</param>
public sealed record MeterBinding(string Meter, ReadingKind Kind, UnitConversion Conversion, CounterSpec Counter);
