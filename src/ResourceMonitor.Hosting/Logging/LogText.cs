using System.Globalization;
using System.Text;

namespace ResourceMonitor.Hosting.Logging;

/// <summary>
/// Text from outside (topics, payload values, reasons quoting them) made safe for one log line: control characters and
/// line or paragraph separators are escaped (<c>\n</c>, <c>\u001b</c>), so a crafted topic cannot forge log lines or
/// drive a terminal, and the text is cut at a length. The one sanitiser of the worker and the edge agent: every log call
/// that carries a topic, client id or value from outside passes it through <see cref="Escape"/>.
/// </summary>
public static class LogText
{
    /// <summary>The longest text kept, in characters, before "…".</summary>
    public const int MaxLength = 300;

    /// <summary>Escapes <paramref name="text"/> for a log line.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var cut = text.Length > MaxLength;
        var span = cut ? text.AsSpan(0, MaxLength) : text.AsSpan();
        if (!NeedsEscaping(span))
        {
            return cut ? string.Concat(span, "…") : text;
        }

        var builder = new StringBuilder(span.Length + 16);
        foreach (var c in span)
        {
            builder.Append(c switch
            {
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '\\' => @"\\",
                _ when IsUnsafe(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => c.ToString(),
            });
        }

        return cut ? builder.Append('…').ToString() : builder.ToString();
    }

    private static bool NeedsEscaping(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c) || c == '\\')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085';
}
