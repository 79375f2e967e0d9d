using System.Globalization;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// One chaos run's parameters, from the environment so a red run can be replayed: <c>CHAOS_SEED</c> (default: random),
/// <c>CHAOS_DURATION</c> (the fault schedule's length, default 2 minutes), <c>CHAOS_READING_INTERVAL</c> (time between two
/// readings of one meter, default 50 ms: 220 readings/s over the 11 meters), <c>CHAOS_FAULTS</c> (the fault kinds drawn,
/// comma-separated <see cref="FaultKind"/> names, default all: narrows a red run down to the fault that breaks it).
/// </summary>
public sealed record ChaosSettings(int Seed, TimeSpan Duration, TimeSpan ReadingInterval, IReadOnlyList<FaultKind> Faults)
{
    /// <summary>The settings of this run.</summary>
    public static ChaosSettings FromEnvironment() => new(
        Read("CHAOS_SEED", s => int.Parse(s, CultureInfo.InvariantCulture), Random.Shared.Next()),
        Read("CHAOS_DURATION", s => TimeSpan.Parse(s, CultureInfo.InvariantCulture), TimeSpan.FromMinutes(2)),
        Read("CHAOS_READING_INTERVAL", s => TimeSpan.Parse(s, CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(50)),
        Read<IReadOnlyList<FaultKind>>("CHAOS_FAULTS", ParseKinds, Enum.GetValues<FaultKind>()));

    /// <summary>The command that replays this run.</summary>
    public string ReplayCommand => string.Create(
        CultureInfo.InvariantCulture,
        $"CHAOS_SEED={Seed} CHAOS_DURATION={Duration:c} CHAOS_READING_INTERVAL={ReadingInterval:c} CHAOS_FAULTS={string.Join(',', Faults)} dotnet test tests/ResourceMonitor.IntegrationTests --no-build --filter \"FullyQualifiedName~Chaos.ChaosTests\"");

    private static FaultKind[] ParseKinds(string text)
    {
        var kinds = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(name => Enum.TryParse<FaultKind>(name, ignoreCase: true, out var kind)
                ? kind
                : throw new FormatException($"'{name}' is not a fault kind ({string.Join(", ", Enum.GetNames<FaultKind>())})"))
            .Distinct().ToArray();
        return kinds.Length > 0 ? kinds : throw new FormatException("no fault kind given");
    }

    private static T Read<T>(string name, Func<string, T> parse, T fallback)
    {
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        try
        {
            return parse(text.Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{name}='{text}' is not valid ({e.Message}); e.g. CHAOS_SEED=12345 CHAOS_DURATION=00:30:00 CHAOS_READING_INTERVAL=00:00:00.050", e);
        }
    }
}
