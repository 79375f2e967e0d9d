using System.Globalization;

namespace ResourceMonitor.Worker.Programme;

/// <summary>A report period of whole months, <c>from</c> inclusive and <c>to</c> exclusive, both <c>yyyy-MM</c>.</summary>
public sealed record ProgrammeMonths(DateOnly From, DateOnly To)
{
    /// <summary>The months of the period, as first days.</summary>
    public IEnumerable<DateOnly> Months()
    {
        for (var month = From; month < To; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary><paramref name="month"/> as <c>yyyy-MM</c>.</summary>
    public static string Text(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>from</c> and <c>to</c>; null with the reason when they are missing, malformed, reversed or longer than <paramref name="maxMonths"/>.</summary>
    public static ProgrammeMonths? TryParse(string? from, string? to, int maxMonths, out string error)
    {
        if (!TryMonth(from, out var start) || !TryMonth(to, out var end))
        {
            error = "'from' and 'to' are required months as yyyy-MM (to is exclusive), e.g. from=2026-11&to=2026-12.";
            return null;
        }

        var months = (end.Year - start.Year) * 12 + end.Month - start.Month;
        if (months < 1 || months > maxMonths)
        {
            error = $"'to' must be 1 to {maxMonths} months after 'from' (Programme:MaxMonths); it is {months}.";
            return null;
        }

        error = string.Empty;
        return new ProgrammeMonths(start, end);
    }

    private static bool TryMonth(string? text, out DateOnly month) =>
        DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out month);
}
