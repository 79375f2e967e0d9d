using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>Whether an offer's quality serves a need (docs/design.md §5), with the reason when it does not.</summary>
public static class Compatibility
{
    /// <summary>
    /// Checks resource and quality. <paramref name="offerTemperatureC"/> is the offer's live temperature when it has a
    /// temperature meter (else its declared level).
    /// </summary>
    public static string? WhyNot(Offer offer, double? offerTemperatureC, Need need, double approachKelvin)
    {
        if (offer.Resource != need.Resource)
        {
            return $"offer is {offer.Resource}, need is {need.Resource}";
        }

        switch (need.Resource)
        {
            case Resource.Heat or Resource.Steam:
                var temperature = offerTemperatureC ?? offer.Quality.TemperatureC;
                var required = (need.MinTemperatureC ?? 0) + approachKelvin;
                return temperature is null ? "offer temperature unknown"
                    : temperature < required ? $"offer at {temperature:0.#} °C is below the need's {need.MinTemperatureC:0.#} °C + {approachKelvin:0.#} K approach"
                    : null;
            case Resource.Water:
                return offer.Quality.WaterGrade is not { } grade ? "offer water grade unknown"
                    : need.MinWaterGrade is { } min && grade < min ? $"water grade {grade} is below the need's {min}"
                    : null;
            case Resource.Waste:
                return need.AcceptedMaterials.Contains(offer.Quality.MaterialCode ?? string.Empty, StringComparer.Ordinal)
                    ? null
                    : $"material '{offer.Quality.MaterialCode}' is not among the accepted {string.Join(", ", need.AcceptedMaterials)}";
            default:
                return $"{need.Resource} is not exchanged";
        }
    }
}
