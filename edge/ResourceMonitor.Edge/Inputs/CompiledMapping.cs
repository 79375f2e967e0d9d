using ResourceMonitor.Edge.Inputs.Trust;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>A mapping checked at start-up: its options, its format and the meter it feeds.</summary>
/// <param name="Options">As configured.</param>
/// <param name="Format">The payload format.</param>
/// <param name="Binding">The meter, with its resolved unit conversion.</param>
/// <param name="Checks">Placeholders and status fields the found value is checked against (none when null).</param>
public sealed record CompiledMapping(MeterMappingOptions Options, IPayloadFormat Format, MeterBinding Binding, MappingChecks? Checks = null);
