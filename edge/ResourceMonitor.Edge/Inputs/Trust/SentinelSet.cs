using System.Globalization;

namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>The placeholders of one mapping: its format's built-in ones and those it configures in <c>Sentinels</c>.</summary>
public sealed class SentinelSet
{
    private readonly IReadOnlyList<Sentinel> _sentinels;

    private SentinelSet(IReadOnlyList<Sentinel> sentinels) => _sentinels = sentinels;

    /// <summary>The placeholders, built-in ones first.</summary>
    public IReadOnlyList<Sentinel> All => _sentinels;

    /// <summary>The placeholder <paramref name="value"/> is, or null when it is a measurement.</summary>
    public Sentinel? Match(double value) => _sentinels.FirstOrDefault(s => s.Matches(value));

    /// <summary>
    /// The set for a mapping of <paramref name="format"/> configured with <paramref name="entries"/>: numbers (<c>-32768</c>),
    /// inclusive ranges (<c>300..304</c>, <c>..-100</c>, <c>1e9..</c>) or preset names (<see cref="SentinelPresets"/>).
    /// </summary>
    public static SentinelSet Compile(string format, IEnumerable<string>? entries, out string? error)
    {
        error = null;
        var all = new List<Sentinel>(BuiltInSentinels.For(format));
        foreach (var entry in entries ?? [])
        {
            var text = entry?.Trim() ?? string.Empty;
            if (SentinelPresets.TryGet(text, out var preset))
            {
                all.AddRange(preset);
            }
            else if (TryParse(text, out var sentinel))
            {
                all.Add(sentinel);
            }
            else
            {
                error = $"Sentinels entry '{entry}' is not a number, a range (300..304, ..-100, 1e9..) or a preset ({string.Join(", ", SentinelPresets.Names)})";
                break;
            }
        }

        return new SentinelSet(all);
    }

    private static bool TryParse(string text, out Sentinel sentinel)
    {
        sentinel = null!;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!TryNumber(text, out var value))
            {
                return false;
            }

            sentinel = Sentinel.Exactly(value, $"configured placeholder {text}");
            return true;
        }

        var low = text[..dots].Trim();
        var high = text[(dots + 2)..].Trim();
        var lowValue = double.NegativeInfinity;
        var highValue = double.PositiveInfinity;
        if ((low.Length == 0 && high.Length == 0) || (low.Length > 0 && !TryNumber(low, out lowValue)) || (high.Length > 0 && !TryNumber(high, out highValue)) || lowValue > highValue)
        {
            return false;
        }

        sentinel = new Sentinel(lowValue, highValue, $"configured placeholder range {text}");
        return true;
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
