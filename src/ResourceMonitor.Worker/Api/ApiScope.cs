namespace ResourceMonitor.Worker.Api;

/// <summary>What a key may see (docs/security.md, "HTTP API").</summary>
public enum ApiScope
{
    /// <summary>One plant's data and the opportunities that concern it (the key names its plant).</summary>
    Plant,

    /// <summary>Every plant's data and every opportunity of the park.</summary>
    Park,

    /// <summary>What a park key sees, and the operations endpoints (<c>/metrics</c>).</summary>
    Admin,

    /// <summary>
    /// The programme office: read-only, aggregate figures only — the programme indicators and report of every park
    /// (<c>/api/v1/programme/…</c>); refused (403) on every plant, park, report and operations endpoint.
    /// </summary>
    Programme,
}
