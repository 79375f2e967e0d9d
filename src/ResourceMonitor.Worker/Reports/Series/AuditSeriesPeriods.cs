namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>
/// The baseline and reporting periods of one series run, in local days. With an auditor's baseline
/// (<see cref="AuditSeriesOptions.BaselineFrom"/>/<see cref="AuditSeriesOptions.BaselineTo"/>) the reporting period runs
/// from its end up to yesterday, at most <see cref="AuditSeriesOptions.MaxReportingDays"/> long (its start stays put, so
/// the CUSUM always starts where the baseline ends). Without one both roll: the reporting period is the last
/// <see cref="AuditSeriesOptions.RollingReportingDays"/> complete days, the baseline the
/// <see cref="AuditSeriesOptions.RollingBaselineDays"/> days before it.
/// </summary>
/// <param name="Baseline">The period the model is fitted on.</param>
/// <param name="Reporting">The period it is applied to (may be empty on the day the baseline ends).</param>
/// <param name="Capped">Whether the reporting period was cut at the maximum span before yesterday.</param>
public sealed record AuditSeriesPeriods(ReportPeriod Baseline, ReportPeriod Reporting, bool Capped)
{
    /// <summary>The periods at <paramref name="now"/>, or null while a fixed baseline period has not ended yet.</summary>
    public static AuditSeriesPeriods? At(AuditSeriesOptions options, DateTimeOffset now, TimeZoneInfo timeZone)
    {
        var today = LocalDay(now, timeZone);
        if (options.BaselineFrom is { } from && options.BaselineTo is { } to)
        {
            if (to > today)
            {
                return null;
            }

            var cap = to.AddDays(options.MaxReportingDays);
            return new AuditSeriesPeriods(new ReportPeriod(from, to), new ReportPeriod(to, cap < today ? cap : today), cap < today);
        }

        var reportingFrom = today.AddDays(-options.RollingReportingDays);
        return new AuditSeriesPeriods(
            new ReportPeriod(reportingFrom.AddDays(-options.RollingBaselineDays), reportingFrom),
            new ReportPeriod(reportingFrom, today),
            false);
    }

    /// <summary>The local calendar day of <paramref name="instant"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset instant, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, timeZone).DateTime);
}
