using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Domain.Catalog.Json;

internal static class MeterReader
{
    private static readonly string[] Profiles = ["continuous", "day-shift", "two-shift", "ambient", "stock"];

    public static List<Meter> Read(List<MeterDocument>? docs, IReadOnlyCollection<Plant> plants, CatalogProblems problems)
    {
        var meters = new List<Meter>();
        var plantIds = plants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var meter = ReadOne(docs![i], $"$.meters[{i}]", plantIds, seen, problems);
            if (meter is not null)
            {
                meters.Add(meter);
            }
        }

        CheckTemperatureMeters(meters, docs, problems);
        return meters;
    }

    private static Meter? ReadOne(MeterDocument doc, string path, HashSet<string> plantIds, HashSet<(string, string)> seen, CatalogProblems problems)
    {
        var id = problems.Required(doc.Id, $"{path}.id", "meter id");
        var plant = problems.Required(doc.Plant, $"{path}.plant", "plant of the meter");
        if (id is not null && !ResourceIds.IsValid(id))
        {
            problems.Add($"{path}.id", $"'{id}' is not a valid id; use 1-64 characters of a-z, 0-9 and '-'");
        }

        if (plant is not null && !plantIds.Contains(plant))
        {
            problems.Add($"{path}.plant", $"plant '{plant}' is not declared in $.plants; declare it or fix the id");
        }

        if (id is not null && plant is not null && !seen.Add((plant, id)))
        {
            problems.Add($"{path}.id", $"meter '{id}' is declared twice for plant '{plant}'");
        }

        var resource = problems.Enum<Resource>(doc.Resource, $"{path}.resource", "resource");
        var role = problems.Enum<MeterRole>(doc.Role, $"{path}.role", "role");
        var unit = problems.Required(doc.Unit, $"{path}.unit", "unit");
        if (unit is not null && !CanonicalUnits.IsCanonical(unit))
        {
            problems.Add($"{path}.unit", $"'{unit}' is not a canonical unit; use one of {string.Join(", ", CanonicalUnits.All)} (the edge agent converts the meter's own unit)");
        }

        if (!ContractEnums.TryParseKind(doc.Kind, out var kind))
        {
            problems.Add($"{path}.kind", $"kind '{doc.Kind}' must be 'counter' or 'gauge'");
        }
        else if (kind == ReadingKind.Counter && unit is not null && CanonicalUnits.IsCanonical(unit) && !CanonicalUnits.IsCumulative(unit))
        {
            problems.Add($"{path}.unit", $"a counter accumulates, so its unit must be one of {string.Join(", ", CanonicalUnits.Cumulative)}, not '{unit}'");
        }

        if (resource is not null && unit is not null && !UnitFits(resource.Value, unit))
        {
            problems.Add($"{path}.unit", $"unit '{unit}' does not measure {CatalogProblems.Kebab(resource.Value.ToString())}");
        }

        if (doc.RegisterMax is not null)
        {
            problems.Number(doc.RegisterMax, $"{path}.registerMax", "register maximum", 1, 1e15);
            if (kind != ReadingKind.Counter)
            {
                problems.Add($"{path}.registerMax", "only a counter has a register that rolls over; remove it");
            }
        }

        if (doc.MaxRate is not null)
        {
            problems.Number(doc.MaxRate, $"{path}.maxRate", "maximum plausible rate", 1e-9, 1e12);
        }

        if (doc.Profile is not null && !Profiles.Contains(doc.Profile, StringComparer.Ordinal))
        {
            problems.Add($"{path}.profile", $"profile '{doc.Profile}' is not known; use one of {string.Join(", ", Profiles)}");
        }

        var quality = QualityReader.Read(doc.Quality, $"{path}.quality", problems);
        if (id is null || plant is null || resource is null || role is null || unit is null)
        {
            return null;
        }

        return new Meter(id, plant, resource.Value, role.Value, unit, kind, quality, doc.RegisterMax, doc.MaxRate, doc.Nominal, doc.Profile, doc.Internal ?? false);
    }

    private static bool UnitFits(Resource resource, string unit) => resource switch
    {
        // Heat and steam meters may also give the temperature level: the quality.temperatureMeter an offer points at.
        Resource.Electricity => unit is CanonicalUnits.KilowattHour or CanonicalUnits.Kilowatt,
        Resource.Heat => unit is CanonicalUnits.KilowattHour or CanonicalUnits.Kilowatt or CanonicalUnits.DegreeCelsius,
        Resource.Gas => unit is CanonicalUnits.KilowattHour or CanonicalUnits.Kilowatt or CanonicalUnits.CubicMetre or CanonicalUnits.CubicMetrePerHour,
        Resource.Steam => unit is CanonicalUnits.KilowattHour or CanonicalUnits.Kilowatt or CanonicalUnits.Kilogram or CanonicalUnits.KilogramPerHour or CanonicalUnits.DegreeCelsius,
        Resource.Water => unit is CanonicalUnits.CubicMetre or CanonicalUnits.CubicMetrePerHour,
        Resource.Waste => unit is CanonicalUnits.Kilogram or CanonicalUnits.KilogramPerHour,
        Resource.Production => unit is CanonicalUnits.Unit or CanonicalUnits.Kilogram or CanonicalUnits.KilogramPerHour,
        Resource.Weather => unit is CanonicalUnits.DegreeCelsius,
        _ => false,
    };

    private static void CheckTemperatureMeters(List<Meter> meters, List<MeterDocument>? docs, CatalogProblems problems)
    {
        for (var i = 0; i < meters.Count; i++)
        {
            var reference = meters[i].Quality.TemperatureMeter;
            if (reference is null)
            {
                continue;
            }

            var target = meters.FirstOrDefault(m => m.PlantId == meters[i].PlantId && m.Id == reference);
            if (target is null || target.Unit != CanonicalUnits.DegreeCelsius)
            {
                var index = docs!.FindIndex(d => d.Id == meters[i].Id && d.Plant == meters[i].PlantId);
                problems.Add($"$.meters[{index}].quality.temperatureMeter", $"'{reference}' is not a degC meter of plant '{meters[i].PlantId}'");
            }
        }
    }
}
