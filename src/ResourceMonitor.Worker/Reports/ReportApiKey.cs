namespace ResourceMonitor.Worker.Reports;

/// <summary>One API key: a plant's key (sees that plant) or, without a plant, the park key (sees every plant).</summary>
public sealed class ReportApiKey
{
    /// <summary>The secret (from the environment or a secret store, never from the repository).</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The plant the key belongs to; empty for the park key.</summary>
    public string? Plant { get; set; }
}
