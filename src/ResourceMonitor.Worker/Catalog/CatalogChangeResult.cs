namespace ResourceMonitor.Worker.Catalog;

/// <summary>The answer to an applied live change.</summary>
/// <param name="Park">The park.</param>
/// <param name="Section">The catalog section.</param>
/// <param name="Key">The element's key.</param>
/// <param name="Added">True when the element is new, false when it replaced one.</param>
/// <param name="At">When it took effect.</param>
public sealed record CatalogChangeResult(string Park, string Section, string Key, bool Added, DateTimeOffset At);
