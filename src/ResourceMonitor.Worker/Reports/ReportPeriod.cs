using System.Globalization;

namespace ResourceMonitor.Worker.Reports;

/// <summary>A range of local days: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Number of days.</summary>
    public int Days => To.DayNumber - From.DayNumber;

    /// <summary>Whether <paramref name="day"/> lies in the period.</summary>
    public bool Contains(DateOnly day) => day >= From && day < To;

    /// <summary><c>2026-09-01..2026-10-01</c> (the end exclusive), for logs.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}..{To:yyyy-MM-dd}");
}
