using System.Globalization;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>One scheduled fault: when (from the schedule's start), what, how long the component stays down, and which agent or plant.</summary>
public sealed record Fault(TimeSpan At, FaultKind Kind, TimeSpan Hold, int Target)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{At.TotalSeconds,6:0.0}s {Kind} (hold {Hold.TotalSeconds:0.0}s, target {Target})");
}
