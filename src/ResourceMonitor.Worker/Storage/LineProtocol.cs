using System.Text;

namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// InfluxDB's line-protocol escaping, for the hot write path that renders lines directly instead of through InfluxDB.Client's
/// immutable <c>PointData</c> builder (which copies its tag and field dictionaries on every call). Text that needs no escaping
/// (every contract id) is returned as it is, without allocating.
/// </summary>
public static class LineProtocol
{
    private static readonly System.Buffers.SearchValues<char> TagSpecials = System.Buffers.SearchValues.Create(" ,=\n\r\t");
    private static readonly System.Buffers.SearchValues<char> StringSpecials = System.Buffers.SearchValues.Create("\"\\");

    /// <summary>A measurement name, tag key or tag value with commas, equals signs, spaces and line breaks escaped.</summary>
    public static string Tag(string text)
    {
        if (text.AsSpan().IndexOfAny(TagSpecials) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\n' => escaped.Append("\\n"),
                '\r' => escaped.Append("\\r"),
                '\t' => escaped.Append("\\t"),
                ' ' or ',' or '=' => escaped.Append('\\').Append(c),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>The inside of a string field value (the caller adds the quotes): quotes and backslashes escaped.</summary>
    public static string StringField(string text)
    {
        if (text.AsSpan().IndexOfAny(StringSpecials) < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '"' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
