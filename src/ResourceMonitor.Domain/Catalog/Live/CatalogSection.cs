namespace ResourceMonitor.Domain.Catalog.Live;

/// <summary>The part of a park catalog a live change adds to or changes (the catalog file's top-level arrays).</summary>
public enum CatalogSection
{
    /// <summary><c>plants</c>, keyed by <c>id</c>.</summary>
    Plants,

    /// <summary><c>meters</c>, keyed by <c>plant</c> and <c>id</c> (a meter id is unique within its plant).</summary>
    Meters,

    /// <summary><c>offers</c>, keyed by <c>id</c>.</summary>
    Offers,

    /// <summary><c>needs</c>, keyed by <c>id</c>.</summary>
    Needs,
}
