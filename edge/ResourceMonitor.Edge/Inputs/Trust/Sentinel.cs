using System.Globalization;

namespace ResourceMonitor.Edge.Inputs.Trust;

/// <summary>
/// A value (or an inclusive range) a device sends instead of a measurement: "no sensor", "invalid", a register's
/// not-available code. Compared with the value as the device sends it, before <c>Scale</c> and the unit conversion.
/// </summary>
/// <param name="Low">The lowest value matched (<see cref="double.NegativeInfinity"/> for an open range).</param>
/// <param name="High">The highest value matched (<see cref="double.PositiveInfinity"/> for an open range).</param>
/// <param name="Meaning">What the device means by it, for the rejection reason.</param>
public sealed record Sentinel(double Low, double High, string Meaning)
{
    /// <summary>One exact value (equal within a relative 1e-12, so 300 and 300.00 are the same).</summary>
    public static Sentinel Exactly(double value, string meaning) => new(value, value, meaning);

    /// <summary>True when <paramref name="value"/> is this placeholder.</summary>
    public bool Matches(double value)
    {
        var slack = Low == High ? Math.Abs(Low) * 1e-12 : 0;
        return value >= Low - slack && value <= High + slack;
    }

    /// <summary>How it is written in configuration: <c>300</c>, <c>300..304</c>, <c>..-100</c>, <c>1e9..</c>.</summary>
    public string Text => Low == High ? Format(Low) : $"{(double.IsNegativeInfinity(Low) ? string.Empty : Format(Low))}..{(double.IsPositiveInfinity(High) ? string.Empty : Format(High))}";

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
