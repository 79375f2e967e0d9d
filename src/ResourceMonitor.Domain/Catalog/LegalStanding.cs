namespace ResourceMonitor.Domain.Catalog;

/// <summary>
/// Whether a by-product may legally be taken as another plant's input (Vietnam's Decree 35/2022 and its 2025 circular
/// require exchanges to follow environmental law; this is the main barrier the pilot named).
/// </summary>
public enum LegalStanding
{
    /// <summary>Not assessed yet.</summary>
    Unknown,
    /// <summary>The exchange is permitted as it is.</summary>
    Permitted,
    /// <summary>A collection, transport or treatment licence is needed first.</summary>
    NeedsLicence,
}
