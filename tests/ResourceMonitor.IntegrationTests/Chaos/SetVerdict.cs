using System.Globalization;
using System.Text;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// What the set checker found: readings published, acknowledged by the factory broker and stored; lost (acknowledged, not
/// stored), unexpected (stored but never published, or stored with another value), duplicated (one reading stored in two
/// series, or a minute counting more readings than were published for it) and wrong <c>usage_1m</c> minutes, with examples.
/// </summary>
public sealed record SetVerdict(
    int Published,
    int Acknowledged,
    int Stored,
    int Lost,
    int Unexpected,
    int Duplicated,
    int MinutesChecked,
    int WrongMinutes,
    IReadOnlyList<string> Examples)
{
    /// <summary>True when every acknowledged reading is stored once with its value and every minute is exact.</summary>
    public bool Clean => Lost == 0 && Unexpected == 0 && Duplicated == 0 && WrongMinutes == 0;

    /// <inheritdoc />
    public override string ToString()
    {
        var text = new StringBuilder(string.Create(
            CultureInfo.InvariantCulture,
            $"readings published {Published}, acknowledged by the factory broker {Acknowledged}, stored {Stored}; lost {Lost}, unexpected {Unexpected}, duplicated {Duplicated}; usage_1m minutes checked {MinutesChecked}, wrong {WrongMinutes}"));
        foreach (var example in Examples)
        {
            text.Append("\n  ").Append(example);
        }

        return text.ToString();
    }
}
