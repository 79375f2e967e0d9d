using System.Globalization;
using System.Text.RegularExpressions;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>
/// Substitutes what Grafana substitutes before it sends an InfluxQL query: <c>$timeFilter</c>, <c>$__interval</c>,
/// <c>$__interval_ms</c>, <c>$interval</c>, <c>$__from</c>/<c>$__to</c> (also <c>${__from}</c>/<c>${__to}</c>, Unix ms)
/// and template variables in their <c>$name</c>, <c>${name}</c> and <c>[[name]]</c> forms. A multi-value selection is
/// passed as <see cref="MultiValue"/> formats it. Anything left starting with <c>$</c> is an error.
/// </summary>
public sealed partial class GrafanaMacros(DateTimeOffset from, DateTimeOffset to, TimeSpan interval, IReadOnlyDictionary<string, string> variables)
{
    /// <summary>The query as Grafana would send it.</summary>
    public string Substitute(string query)
    {
        var fromMs = from.ToUnixTimeMilliseconds();
        var toMs = to.ToUnixTimeMilliseconds();
        var text = query
            .Replace("$timeFilter", string.Create(CultureInfo.InvariantCulture, $"time >= {fromMs}ms and time <= {toMs}ms"), StringComparison.Ordinal)
            .Replace("$__interval_ms", ((long)interval.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$__interval", Duration(interval), StringComparison.Ordinal)
            .Replace("$interval", Duration(interval), StringComparison.Ordinal)
            .Replace("${__from}", fromMs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("${__to}", toMs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$__from", fromMs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("$__to", toMs.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        foreach (var (name, value) in variables.OrderByDescending(v => v.Key.Length))
        {
            text = text.Replace("${" + name + "}", value, StringComparison.Ordinal)
                .Replace("[[" + name + "]]", value, StringComparison.Ordinal)
                .Replace("$" + name, value, StringComparison.Ordinal);
        }

        var left = Leftover().Match(text);
        return left.Success
            ? throw new InvalidOperationException($"Unknown Grafana variable or macro '{left.Value}' in: {query}")
            : text;
    }

    /// <summary>
    /// The start of the range a panel queries: <paramref name="from"/>, or <paramref name="to"/> minus the panel's own
    /// relative range (Grafana's <c>timeFrom</c>: <c>90d</c>, <c>12h</c>, <c>30m</c>, <c>2w</c>) when it has one.
    /// </summary>
    public static DateTimeOffset RangeStart(string timeFrom, DateTimeOffset from, DateTimeOffset to)
    {
        if (string.IsNullOrEmpty(timeFrom))
        {
            return from;
        }

        var match = Relative().Match(timeFrom);
        if (!match.Success)
        {
            throw new InvalidOperationException($"Panel timeFrom '{timeFrom}' is not a relative range such as 90d, 12h or 30m.");
        }

        var count = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return to - match.Groups[2].Value switch
        {
            "m" => TimeSpan.FromMinutes(count),
            "h" => TimeSpan.FromHours(count),
            "d" => TimeSpan.FromDays(count),
            _ => TimeSpan.FromDays(7 * count),
        };
    }

    /// <summary>
    /// A multi-value (or All) selection as Grafana's InfluxDB data source substitutes it: each value regex-escaped,
    /// several joined as <c>(a|b)</c>, for use in <c>=~ /^$name$/</c>.
    /// </summary>
    public static string MultiValue(IEnumerable<string> values)
    {
        var escaped = values.Select(v => RegexSpecial().Replace(v, @"\$0")).ToList();
        return escaped.Count == 1 ? escaped[0] : "(" + string.Join('|', escaped) + ")";
    }

    private static string Duration(TimeSpan interval) =>
        interval.TotalSeconds < 60
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)interval.TotalSeconds}s")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)interval.TotalMinutes}m");

    [GeneratedRegex("^(?:now-)?([0-9]+)([mhdw])$")]
    private static partial Regex Relative();

    [GeneratedRegex(@"[\\^$*+?.()|\[\]{}/]")]
    private static partial Regex RegexSpecial();

    [GeneratedRegex(@"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\[\[[^\]]+\]\]")]
    private static partial Regex Leftover();
}
