namespace ResourceMonitor.Worker.Reports;

/// <summary>A range of local days: <see cref="From"/> inclusive, <see cref="To"/> exclusive.</summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>Number of days.</summary>
    public int Days => To.DayNumber - From.DayNumber;

    /// <summary>Whether <paramref name="day"/> lies in the period.</summary>
    public bool Contains(DateOnly day) => day >= From && day < To;
}
