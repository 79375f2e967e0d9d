using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Domain.Units;
using ResourceMonitor.Edge.Inputs.Trust;
using ResourceMonitor.Edge.Normalisation;

namespace ResourceMonitor.Edge.Inputs;

/// <summary>Checks the configured mappings once (format known, field fits the format, unit convertible for the kind) and compiles them.</summary>
public static class MappingCompiler
{
    /// <summary>Compiles <paramref name="mappings"/>; every problem is returned naming its configuration key (<c>Edge:Mappings:i:...</c>) and the fix.</summary>
    public static IReadOnlyList<CompiledMapping> Compile(IReadOnlyList<MeterMappingOptions> mappings, PayloadFormats formats, out IReadOnlyList<string> errors)
    {
        var compiled = new List<CompiledMapping>(mappings.Count);
        var problems = new List<string>();
        for (var i = 0; i < mappings.Count; i++)
        {
            var mapping = mappings[i];
            var key = $"Edge:Mappings:{i}";
            if (!formats.TryGet(mapping.Format, out var format))
            {
                problems.Add($"{key}:Format '{mapping.Format}' is not a known format; use one of {string.Join(", ", formats.Names)}");
                continue;
            }

            if (format.Validate(mapping) is { } formatError)
            {
                problems.Add($"{key} ({mapping.Meter}): {formatError}");
                continue;
            }

            if (string.IsNullOrWhiteSpace(mapping.Topic) || !ResourceIds.IsValid(mapping.Meter))
            {
                problems.Add($"{key}: Topic must be set and Meter must be a lower-case id [a-z0-9-] (got '{mapping.Meter}')");
                continue;
            }

            if (!PhaseSelection.TryParse(mapping.Phase, out _, out var phaseError))
            {
                problems.Add($"{key}:Phase ({mapping.Meter}): {phaseError}; write 1, 2, 3... for one phase or sum for all of them");
                continue;
            }

            if (mapping.Match?.FirstOrDefault(m => string.IsNullOrWhiteSpace(m.Key) || string.IsNullOrEmpty(m.Value)) is { Key: not null } empty)
            {
                problems.Add($"{key}:Match ({mapping.Meter}): field '{empty.Key}' needs a value, e.g. \"Match\": {{ \"id\": \"12345678\" }}");
                continue;
            }


            var checks = MappingChecks.Compile(mapping, out var checkError);
            if (checkError is not null)
            {
                problems.Add($"{key} ({mapping.Meter}): {checkError}");
                continue;
            }

            var supply = mapping.Voltage is null && mapping.PhaseCount is null && mapping.PowerFactor is null
                ? null
                : new ElectricalSupply(mapping.Voltage ?? 0, mapping.PhaseCount ?? 0, mapping.PowerFactor ?? 0);
            if (supply is not null && !ElectricalSupply.IsAmpere(mapping.Unit))
            {
                problems.Add($"{key} ({mapping.Meter}): Voltage, PhaseCount and PowerFactor are for a current clamp (Unit A); remove them or set Unit to A");
                continue;
            }

            var resolution = UnitResolver.Resolve(mapping.Unit, mapping.Kind, scale: mapping.Scale, supply: supply);
            if (!resolution.IsResolved)
            {
                problems.Add($"{key}:Unit ({mapping.Meter}): {resolution.Error}");
                continue;
            }

            // RegisterMax is the raw register's wrap value, as the device counts; the interpreter works in canonical units.
            var registerMax = mapping.RegisterMax is { } raw ? resolution.Conversion!.Apply(raw) : (double?)null;
            var spec = CounterSpec.For(resolution.Conversion!.CanonicalUnit, registerMax, mapping.MaxRatePerHour, mapping.GlitchTolerance);
            compiled.Add(new CompiledMapping(mapping, format, new MeterBinding(mapping.Meter, mapping.Kind, resolution.Conversion!, spec), checks));
        }

        errors = problems;
        return compiled;
    }
}
