using System.Globalization;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>A fault as it happened: the plan, when it started and ended (from the schedule's start), and what went wrong injecting or recovering it.</summary>
public sealed record InjectedFault(Fault Plan, TimeSpan Started, TimeSpan Recovered, string Detail, string? Error)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Started.TotalSeconds,6:0.0}s–{Recovered.TotalSeconds,6:0.0}s {Plan.Kind,-14} {Detail}{(Error is null ? string.Empty : $" FAILED: {Error}")}");
}
