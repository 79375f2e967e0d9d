using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ResourceMonitor.Edge.Cli;

/// <summary>
/// Reads a file of local messages for <c>map --messages</c>, one per line: <c>topic&lt;TAB&gt;payload</c>, or a JSON object
/// <c>{"topic":"...","payload":...,"received":"2024-03-01T12:00:00Z"}</c> whose payload is a string (taken as is) or any JSON
/// value (taken as its JSON text) and whose <c>received</c> is optional. Empty lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class MessageFile
{
    /// <summary>The messages of <paramref name="lines"/>; <paramref name="errors"/> names each line that is neither form.</summary>
    public static IReadOnlyList<LocalMessage> Parse(IReadOnlyList<string> lines, out IReadOnlyList<string> errors)
    {
        var messages = new List<LocalMessage>();
        var problems = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var message = line.TrimStart().StartsWith('{') ? FromJson(i + 1, line) : FromTabbed(i + 1, line);
            if (message is null)
            {
                problems.Add($"line {i + 1}: expected topic<TAB>payload or {{\"topic\":...,\"payload\":...,\"received\":...}}");
            }
            else
            {
                messages.Add(message);
            }
        }

        errors = problems;
        return messages;
    }

    private static LocalMessage? FromTabbed(int number, string line)
    {
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        return tab <= 0 ? null : new LocalMessage(number, line[..tab].Trim(), Encoding.UTF8.GetBytes(line[(tab + 1)..]), null);
    }

    private static LocalMessage? FromJson(int number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("topic", out var topic) || topic.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("payload", out var payload))
            {
                return null;
            }

            DateTimeOffset? received = null;
            if (root.TryGetProperty("received", out var at))
            {
                if (at.ValueKind != JsonValueKind.String || !DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return null;
                }

                received = parsed;
            }

            var bytes = payload.ValueKind == JsonValueKind.String ? Encoding.UTF8.GetBytes(payload.GetString()!) : Encoding.UTF8.GetBytes(payload.GetRawText());
            return new LocalMessage(number, topic.GetString()!, bytes, received);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
