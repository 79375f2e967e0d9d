namespace ResourceMonitor.Worker.Api;

/// <summary>Who called, as the API key says: the park (sees everything) or one plant.</summary>
/// <param name="Plant">The plant of a plant key; null for the park key.</param>
public sealed record ApiCaller(string? Plant)
{
    private const string ItemKey = "ResourceMonitor.ApiCaller";

    /// <summary>True for the park key.</summary>
    public bool IsPark => Plant is null;

    /// <summary>True when the caller may see <paramref name="plant"/>'s data.</summary>
    public bool MaySee(string plant) => IsPark || string.Equals(Plant, plant, StringComparison.Ordinal);

    /// <summary>The caller <see cref="ApiKeyFilter"/> authenticated for this request.</summary>
    public static ApiCaller Of(HttpContext http) =>
        http.Items[ItemKey] as ApiCaller ?? throw new InvalidOperationException("the endpoint has no ApiKeyFilter; add .RequireApiKey()");

    internal void Attach(HttpContext http) => http.Items[ItemKey] = this;
}
