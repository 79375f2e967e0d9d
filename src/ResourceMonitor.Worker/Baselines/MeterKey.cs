namespace ResourceMonitor.Worker.Baselines;

/// <summary>A meter's identity across the park: meter ids are unique only within their plant.</summary>
public readonly record struct MeterKey(string Park, string Plant, string Meter)
{
    /// <inheritdoc />
    public override string ToString() => $"{Park}/{Plant}/{Meter}";
}
