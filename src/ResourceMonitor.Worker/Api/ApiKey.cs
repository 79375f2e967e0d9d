namespace ResourceMonitor.Worker.Api;

/// <summary>One API key: a plant's key (that plant's data and the opportunities concerning it) or, without a plant, the park key.</summary>
public sealed class ApiKey
{
    /// <summary>The secret (from the environment or a secret store, never from the repository).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The plant the key belongs to; empty for the park key.</summary>
    public string? Plant { get; set; }
}
