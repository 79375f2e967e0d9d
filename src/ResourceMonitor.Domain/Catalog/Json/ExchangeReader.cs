using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Catalog.Json;

/// <summary>Reads the offers and needs, which must point at meters of the right plant, role and resource.</summary>
internal static class ExchangeReader
{
    private static readonly Resource[] Exchangeable = [Resource.Heat, Resource.Steam, Resource.Water, Resource.Waste];

    public static List<Offer> ReadOffers(List<OfferDocument>? docs, Park? park, IReadOnlyList<Meter> meters, HashSet<string> ids, CatalogProblems problems)
    {
        var offers = new List<Offer>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var doc = docs![i];
            var path = $"$.offers[{i}]";
            var (id, meter) = ReadHeader(doc.Id, doc.Plant, doc.Meter, path, meters, ids, problems);
            if (meter is null || id is null)
            {
                continue;
            }

            if (meter.Role is not (MeterRole.Discharge or MeterRole.Output))
            {
                problems.Add($"{path}.meter", $"an offer is measured by a discharge or output meter; '{meter.Id}' is an {CatalogProblems.Kebab(meter.Role.ToString())} meter");
            }

            CheckExchangeable(meter.Resource, park, $"{path}.meter", problems);
            CheckMeasuresQuantity(meter, $"{path}.meter", problems);
            var quality = QualityReader.Merge(QualityReader.Read(doc.Quality, $"{path}.quality", problems), meter.Quality);
            CheckOfferQuality(meter, quality, path, problems);
            var openAbove = problems.Number(doc.OpenAbove, $"{path}.openAbove", meter.Resource == Resource.Waste ? "minimum lot (kg)" : $"open threshold ({meter.RateUnit})", 1e-9, 1e12);
            var closeBelow = problems.Number(doc.CloseBelow, $"{path}.closeBelow", "close threshold", 0, 1e12, fallback: openAbove);
            if (closeBelow > openAbove)
            {
                problems.Add($"{path}.closeBelow", $"the close threshold {closeBelow} must not exceed the open threshold {openAbove} (hysteresis)");
            }

            var legal = problems.Enum(doc.LegalStanding, $"{path}.legalStanding", "legal standing", (LegalStanding?)LegalStanding.Unknown) ?? LegalStanding.Unknown;
            offers.Add(new Offer(id, meter.PlantId, meter.Id, meter.Resource, quality, openAbove, closeBelow, doc.Schedule ?? "24/7", legal));
        }

        return offers;
    }

    public static List<Need> ReadNeeds(List<NeedDocument>? docs, Park? park, IReadOnlyList<Meter> meters, HashSet<string> ids, CatalogProblems problems)
    {
        var needs = new List<Need>();
        for (var i = 0; i < (docs?.Count ?? 0); i++)
        {
            var doc = docs![i];
            var path = $"$.needs[{i}]";
            var (id, meter) = ReadHeader(doc.Id, doc.Plant, doc.Meter, path, meters, ids, problems);
            if (meter is null || id is null)
            {
                continue;
            }

            if (meter.Role != MeterRole.Intake)
            {
                problems.Add($"{path}.meter", $"a need is measured by the intake meter it would replace; '{meter.Id}' is a {CatalogProblems.Kebab(meter.Role.ToString())} meter");
            }

            CheckExchangeable(meter.Resource, park, $"{path}.meter", problems);
            CheckMeasuresQuantity(meter, $"{path}.meter", problems);
            WaterGrade? grade = doc.MinWaterGrade is null ? null : problems.Enum<WaterGrade>(doc.MinWaterGrade, $"{path}.minWaterGrade", "water grade");
            var accepted = doc.AcceptedMaterials ?? [];
            switch (meter.Resource)
            {
                case Resource.Heat or Resource.Steam when doc.MinTemperatureC is null:
                    problems.Add($"{path}.minTemperatureC", "a heat need states the lowest supply temperature it accepts (°C)");
                    break;
                case Resource.Water when grade is null && doc.MinWaterGrade is null:
                    problems.Add($"{path}.minWaterGrade", $"a water need states the lowest grade it accepts: {CatalogProblems.Choices<WaterGrade>()}");
                    break;
                case Resource.Waste when accepted.Count == 0:
                    problems.Add($"{path}.acceptedMaterials", "a material need lists the waste codes it accepts, e.g. [\"10 02 02\"]");
                    break;
            }

            var efficiency = problems.Number(doc.ConversionEfficiency, $"{path}.conversionEfficiency", "conversion efficiency", 0.01, 10, fallback: 1);
            var substitutes = problems.Enum(doc.Substitutes, $"{path}.substitutes", "substituted resource", (Resource?)meter.Resource) ?? meter.Resource;
            needs.Add(new Need(id, meter.PlantId, meter.Id, meter.Resource, doc.MinTemperatureC, grade, accepted, efficiency, substitutes));
        }

        return needs;
    }

    private static (string? Id, Meter? Meter) ReadHeader(string? id, string? plant, string? meterId, string path, IReadOnlyList<Meter> meters, HashSet<string> ids, CatalogProblems problems)
    {
        id = problems.Required(id, $"{path}.id", "id");
        if (id is not null && !ResourceIds.IsValid(id))
        {
            problems.Add($"{path}.id", $"'{id}' is not a valid id; use 1-64 characters of a-z, 0-9 and '-'");
        }
        else if (id is not null && !ids.Add(id))
        {
            problems.Add($"{path}.id", $"'{id}' is used twice among offers and needs; ids must be unique in the park");
        }

        plant = problems.Required(plant, $"{path}.plant", "plant");
        meterId = problems.Required(meterId, $"{path}.meter", "meter");
        if (plant is null || meterId is null)
        {
            return (id, null);
        }

        var meter = meters.FirstOrDefault(m => m.PlantId == plant && m.Id == meterId);
        if (meter is null)
        {
            problems.Add($"{path}.meter", $"plant '{plant}' has no meter '{meterId}' in $.meters");
        }

        return (id, meter);
    }

    private static void CheckExchangeable(Resource resource, Park? park, string path, CatalogProblems problems)
    {
        if (!Exchangeable.Contains(resource))
        {
            problems.Add(path, $"{CatalogProblems.Kebab(resource.ToString())} is not exchanged between plants; offers and needs are heat, steam, water or waste");
        }
        else if (park is not null && !park.ExchangeLimits.ContainsKey(resource))
        {
            problems.Add("$.park.exchangeLimits", $"no exchange limit for {CatalogProblems.Kebab(resource.ToString())}; add {{\"maxDistanceMetres\", \"lossPerKilometre\"}} for it");
        }
    }

    private static void CheckMeasuresQuantity(Meter meter, string path, CatalogProblems problems)
    {
        if (meter.Unit == CanonicalUnits.DegreeCelsius)
        {
            problems.Add(path, $"'{meter.Id}' measures a temperature; point at the meter of the flow (kW, m3/h, kg/h or its counter) and give the temperature meter as quality.temperatureMeter");
        }
    }

    private static void CheckOfferQuality(Meter meter, MeterQuality quality, string path, CatalogProblems problems)
    {
        switch (meter.Resource)
        {
            case Resource.Heat or Resource.Steam when quality.TemperatureC is null && quality.TemperatureMeter is null:
                problems.Add($"{path}.quality", "a heat offer states its temperature: quality.temperatureC or quality.temperatureMeter");
                break;
            case Resource.Water when quality.WaterGrade is null:
                problems.Add($"{path}.quality.waterGrade", $"a water offer states its grade: {CatalogProblems.Choices<WaterGrade>()}");
                break;
            case Resource.Waste when string.IsNullOrWhiteSpace(quality.MaterialCode):
                problems.Add($"{path}.quality.materialCode", "a waste offer states its material code (European Waste Catalogue, e.g. \"10 02 02\")");
                break;
            case Resource.Waste when meter.Unit != CanonicalUnits.Kilogram || meter.Kind != ReadingKind.Gauge:
                problems.Add($"{path}.meter", $"a waste offer is measured by its stock: a gauge in kg; '{meter.Id}' is a {meter.Kind.ToString().ToLowerInvariant()} in {meter.Unit}");
                break;
        }
    }
}
