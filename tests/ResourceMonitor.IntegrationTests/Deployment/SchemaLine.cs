using System.Text;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.IntegrationTests.Deployment;

/// <summary>Reads the measurement, tag keys and field keys of one line-protocol line, and holds them to <see cref="StorageSchema"/>.</summary>
public static class SchemaLine
{
    /// <summary>What <paramref name="line"/> names that the schema lacks: its measurement, or tag and field keys its measurement does not have.</summary>
    public static IEnumerable<string> Undefined(string line)
    {
        var (measurement, tags, fields) = Parse(line);
        if (StorageSchema.Find(measurement) is not { } schema)
        {
            return [$"measurement '{measurement}' is not in the schema"];
        }

        return tags.Where(tag => !schema.Tags.Contains(tag)).Select(tag => $"'{tag}' is not a tag of {measurement}")
            .Concat(fields.Where(field => !schema.Fields.Contains(field)).Select(field => $"'{field}' is not a field of {measurement}"));
    }

    /// <summary>The measurement, tag keys and field keys of <paramref name="line"/> (escapes and quoted string fields honoured).</summary>
    public static (string Measurement, IReadOnlyList<string> Tags, IReadOnlyList<string> Fields) Parse(string line)
    {
        var sections = Split(line, ' ');
        var series = Split(sections[0], ',');
        var tags = series.Skip(1).Select(Key).ToList();
        var fields = Split(sections[1], ',').Select(Key).ToList();
        return (Unescape(series[0]), tags, fields);
    }

    private static string Key(string pair) => Unescape(Split(pair, '=')[0]);

    // Splits on separators outside double quotes and not escaped by a backslash (the escape is kept for the next split).
    private static List<string> Split(string text, char separator)
    {
        var parts = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                current.Append(c).Append(text[++i]);
                continue;
            }

            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == separator && !quoted)
            {
                parts.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        parts.Add(current.ToString());
        return parts;
    }

    private static string Unescape(string text) => text.Replace("\\", string.Empty, StringComparison.Ordinal);
}
