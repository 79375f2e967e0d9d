using ResourceMonitor.Contracts;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// One meter of a <see cref="ParkStream"/>: read every <paramref name="Period"/> from <paramref name="Phase"/> past the
/// stream's start, reading k having value <paramref name="ValueAt"/>(k). A counter's amount over an interval is the
/// difference of its values; a rate gauge's (per hour) the trapezoid's area.
/// </summary>
public sealed record StreamMeter(string Plant, string Meter, string Unit, ReadingKind Kind, TimeSpan Period, TimeSpan Phase, Func<int, double> ValueAt)
{
    /// <summary>The amount used over the interval from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public double AmountBetween(Reading a, Reading b) => Kind == ReadingKind.Counter
        ? b.Value - a.Value
        : (a.Value + b.Value) / 2 * (b.Timestamp - a.Timestamp).TotalHours;
}
