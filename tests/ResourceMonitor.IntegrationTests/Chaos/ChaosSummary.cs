using System.Globalization;
using System.Text;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>The table printed at the end of every chaos run (and put in the failure message): seed, faults, readings, stalls, error logs.</summary>
public sealed record ChaosSummary(
    ChaosSettings Settings,
    IReadOnlyList<InjectedFault> Faults,
    SetVerdict Verdict,
    IReadOnlyList<ProgressWatch> Stalls,
    TimeSpan Settle,
    IReadOnlyList<string> ErrorLines,
    IReadOnlyList<string> Builds)
{
    /// <summary>Whether the run is green: a clean set, no Error-level log line, every fault recovered.</summary>
    public bool Passed => Verdict.Clean && ErrorLines.Count == 0 && Faults.All(f => f.Error is null);

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"chaos seed {Settings.Seed}, schedule {Settings.Duration:c} of {string.Join(", ", Settings.Faults)}, one reading per meter every {Settings.ReadingInterval.TotalMilliseconds} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"replay: {Settings.ReplayCommand}");
        foreach (var build in Builds)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"published {build}");
        }

        text.AppendLine("| fault | injected | recovery failed |");
        text.AppendLine("|---|---|---|");
        foreach (var kind in Enum.GetValues<FaultKind>())
        {
            var of = Faults.Where(f => f.Plan.Kind == kind).ToArray();
            text.AppendLine(CultureInfo.InvariantCulture, $"| {kind} | {of.Length} | {of.Count(f => f.Error is not null)} |");
        }

        text.AppendLine("| readings | published | acknowledged (factory) | stored | lost | unexpected | duplicated | minutes checked | wrong minutes |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        text.AppendLine(CultureInfo.InvariantCulture, $"| | {Verdict.Published} | {Verdict.Acknowledged} | {Verdict.Stored} | {Verdict.Lost} | {Verdict.Unexpected} | {Verdict.Duplicated} | {Verdict.MinutesChecked} | {Verdict.WrongMinutes} |");
        foreach (var stall in Stalls)
        {
            text.AppendLine(stall.ToString());
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"settled {Settle.TotalSeconds:0.0} s after the schedule");
        text.AppendLine(CultureInfo.InvariantCulture, $"Error-level log entries (worker and edge agents): {ErrorLines.Count}");
        foreach (var line in ErrorLines.Take(20))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {line}");
        }

        text.AppendLine("faults:");
        foreach (var fault in Faults)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {fault}");
        }

        text.AppendLine(Verdict.ToString());
        return text.ToString();
    }
}
