using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Reads a report request from named arguments (HTTP query or CLI options): <c>from</c>, <c>to</c> (required, ISO dates,
/// <c>to</c> exclusive), <c>baselineFrom</c>/<c>baselineTo</c> (default: the same number of days just before <c>from</c>),
/// <c>granularity</c> (daily|weekly|monthly, default daily), <c>drivers</c> (comma list, default <c>production,cdd</c>),
/// <c>cddBase</c> (°C). Bad input gives an error text, never an exception: dates outside <see cref="Earliest"/> ..
/// <see cref="Latest"/> and periods longer than the maximum span are refused.
/// </summary>
public static class ReportRequestParser
{
    /// <summary>The earliest date a report may name.</summary>
    public static readonly DateOnly Earliest = new(1970, 1, 1);

    /// <summary>The latest date a report may name (InfluxDB's nanosecond timestamps end in 2262).</summary>
    public static readonly DateOnly Latest = new(2200, 1, 1);

    /// <summary>Parses; returns null and <paramref name="error"/> when the arguments are unusable.</summary>
    /// <param name="plant">The plant id.</param>
    /// <param name="argument">Reads a named argument.</param>
    /// <param name="defaultCddBase">Cooling degree day base when the request names none.</param>
    /// <param name="maxSpan">The longest reporting or baseline period (<c>Reports:MaxSpan</c>).</param>
    /// <param name="error">Why the arguments are unusable.</param>
    public static ReportRequest? TryParse(string plant, Func<string, string?> argument, double defaultCddBase, TimeSpan maxSpan, out string? error)
    {
        error = null;
        if (!ResourceIds.IsValid(plant))
        {
            error = $"'{plant}' is not a plant id (lower-case a-z, 0-9 and '-', at most 64 characters).";
            return null;
        }

        if (!TryDate(argument("from"), "from", out var from, ref error) || !TryDate(argument("to"), "to", out var to, ref error))
        {
            return null;
        }

        if (to <= from)
        {
            error = "'to' must be after 'from' (it is exclusive).";
            return null;
        }

        var days = to.DayNumber - from.DayNumber;
        if (!WithinSpan("from", "to", days, maxSpan, ref error))
        {
            return null;
        }

        var baselineFrom = from.AddDays(-days);
        var baselineTo = from;
        if ((argument("baselineFrom") is not null && !TryDate(argument("baselineFrom"), "baselineFrom", out baselineFrom, ref error))
            || (argument("baselineTo") is not null && !TryDate(argument("baselineTo"), "baselineTo", out baselineTo, ref error)))
        {
            return null;
        }

        if (baselineTo <= baselineFrom)
        {
            error = "'baselineTo' must be after 'baselineFrom'.";
            return null;
        }

        if (!WithinSpan("baselineFrom", "baselineTo", baselineTo.DayNumber - baselineFrom.DayNumber, maxSpan, ref error))
        {
            return null;
        }

        var granularity = (argument("granularity") ?? "daily").ToUpperInvariant() switch
        {
            "DAILY" => Granularity.Daily,
            "WEEKLY" => Granularity.Weekly,
            "MONTHLY" => Granularity.Monthly,
            _ => (Granularity?)null,
        };
        if (granularity is null)
        {
            error = "'granularity' must be daily, weekly or monthly.";
            return null;
        }

        var cddBase = defaultCddBase;
        if (argument("cddBase") is { } cddText && !double.TryParse(cddText, NumberStyles.Float, CultureInfo.InvariantCulture, out cddBase))
        {
            error = "'cddBase' must be a number of °C.";
            return null;
        }

        var drivers = (argument("drivers") ?? $"production,{CoolingDegreeDays.DriverName}")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ReportRequest(plant, new ReportPeriod(from, to), new ReportPeriod(baselineFrom, baselineTo), granularity.Value, drivers, cddBase);
    }

    private static bool TryDate(string? text, string name, out DateOnly date, ref string? error)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = $"'{name}' must be a date yyyy-MM-dd (got '{text}').";
            return false;
        }

        if (date < Earliest || date > Latest)
        {
            error = $"'{name}' must lie between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd} (got {date:yyyy-MM-dd}).";
            return false;
        }

        return true;
    }

    private static bool WithinSpan(string fromName, string toName, int days, TimeSpan maxSpan, ref string? error)
    {
        if (days <= maxSpan.TotalDays)
        {
            return true;
        }

        error = string.Create(CultureInfo.InvariantCulture, $"'{fromName}'..'{toName}' spans {days} days; a report period may span at most {maxSpan.TotalDays:0} days (Reports:MaxSpan). Ask for several reports.");
        return false;
    }
}
