using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Baselines.Drivers;
using ResourceMonitor.Domain.Baselines.Regression;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Reads a report request from named arguments (HTTP query or CLI options): <c>from</c>, <c>to</c> (required, ISO dates,
/// <c>to</c> exclusive), <c>baselineFrom</c>/<c>baselineTo</c> (default: the same number of days just before <c>from</c>),
/// <c>granularity</c> (daily|weekly|monthly, default daily), <c>drivers</c> (comma list, default <c>production,cdd</c>),
/// <c>cddBase</c> (°C). Bad input gives an error text, never an exception.
/// </summary>
public static class ReportRequestParser
{
    /// <summary>Parses; returns null and <paramref name="error"/> when the arguments are unusable.</summary>
    public static ReportRequest? TryParse(string plant, Func<string, string?> argument, double defaultCddBase, out string? error)
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
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        error = $"'{name}' must be a date yyyy-MM-dd (got '{text}').";
        return false;
    }
}
