using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Baselines.Regression;
using ResourceMonitor.Domain.Baselines.Savings;
using ResourceMonitor.Domain.Baselines.Weather;

namespace ResourceMonitor.Worker.Reports;

/// <summary>
/// Reads a report request from named arguments (HTTP query or CLI options): <c>from</c>, <c>to</c> (required, ISO dates,
/// <c>to</c> exclusive), <c>baselineFrom</c>/<c>baselineTo</c> (default: the same number of days just before <c>from</c>),
/// <c>granularity</c> (daily|weekly|monthly, default daily), <c>drivers</c> (comma list, default <c>production,hdd,cdd</c>),
/// <c>hddBase</c>, <c>cddBase</c> (°C; default: search CalTRACK's grid), <c>confidence</c> (68|80|90|95),
/// <c>minBaselineDays</c>, <c>degreeDays</c> (degreeHours|dailyMean). Bad input gives an error text, never an exception: dates outside <see cref="Earliest"/> ..
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
    public static ReportRequest? TryParse(string plant, Func<string, string?> argument, double defaultCddBase, TimeSpan maxSpan, out string? error) =>
        TryParse(plant, argument, new ReportsOptions { CddBaseCelsius = defaultCddBase, MaxSpan = maxSpan }, out error);

    /// <summary>Parses with the defaults of <paramref name="defaults"/> (<c>Reports:*</c>); returns null and <paramref name="error"/> when the arguments are unusable.</summary>
    public static ReportRequest? TryParse(string plant, Func<string, string?> argument, ReportsOptions defaults, out string? error)
    {
        var maxSpan = defaults.MaxSpan;
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

        if (!TryBase(argument("cddBase"), "cddBase", defaults.CddBaseCelsius, out var cddBase, ref error)
            || !TryBase(argument("hddBase"), "hddBase", defaults.HddBaseCelsius, out var hddBase, ref error))
        {
            return null;
        }

        var confidence = defaults.Confidence;
        if (argument("confidence") is { } confidenceText
            && (!int.TryParse(confidenceText, NumberStyles.None, CultureInfo.InvariantCulture, out confidence) || !SavingsUncertainty.Confidences.Contains(confidence)))
        {
            error = "'confidence' must be 68, 80, 90 or 95 (percent).";
            return null;
        }

        var minBaselineDays = defaults.MinBaselineDays;
        if (argument("minBaselineDays") is { } minText
            && (!int.TryParse(minText, NumberStyles.None, CultureInfo.InvariantCulture, out minBaselineDays) || minBaselineDays < 1))
        {
            error = "'minBaselineDays' must be a whole number of days, at least 1 (CalTRACK: 365).";
            return null;
        }

        var method = (argument("degreeDays") ?? defaults.DegreeDayMethod.ToString()).ToUpperInvariant() switch
        {
            "DEGREEHOURS" => DegreeDayMethod.DegreeHours,
            "DAILYMEAN" => DegreeDayMethod.DailyMean,
            _ => (DegreeDayMethod?)null,
        };
        if (method is null)
        {
            error = "'degreeDays' must be degreeHours or dailyMean.";
            return null;
        }

        var drivers = (argument("drivers") ?? $"production,{DegreeDays.HeatingDriver},{DegreeDays.CoolingDriver}")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ReportRequest(plant, new ReportPeriod(from, to), new ReportPeriod(baselineFrom, baselineTo), granularity.Value, drivers, cddBase, hddBase, confidence,
            defaults.Sufficiency() with { MinBaselineDays = minBaselineDays }, method.Value, defaults.MaxShareOutsideRange);
    }

    private static bool TryBase(string? text, string name, double? fallback, out double? value, ref string? error)
    {
        value = fallback;
        if (text is null)
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) || !(parsed is >= -50 and <= 50))
        {
            error = $"'{name}' must be a temperature between -50 and 50 °C (leave it out to search CalTRACK's balance points).";
            return false;
        }

        value = parsed;
        return true;
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
