namespace ResourceMonitor.Domain.Exchanges;

/// <summary>What a licence covers: every exchange of one waste material, or one exchange.</summary>
public enum LicenceScope
{
    /// <summary>A material by its waste code (European Waste Catalogue, e.g. "03 03 11"): every exchange of it.</summary>
    WasteCode,
    /// <summary>One exchange, by its opportunity id.</summary>
    Exchange,
}
