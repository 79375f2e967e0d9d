using System.Text.Json;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>
/// Values of a published app's own appsettings.json (the defaults it ships with), by configuration key (<c>Storage:RequestTimeout</c>),
/// so a test can run the product with its shipped timings instead of a test's fast ones.
/// </summary>
public static class ShippedSettings
{
    /// <summary>The shipped value of each of <paramref name="keys"/>; null for a key the file does not set (the code's default is the shipped value).</summary>
    public static Dictionary<string, string?> Of(PublishedApp app, IEnumerable<string> keys)
    {
        var file = Path.Combine(Path.GetDirectoryName(app.Dll)!, "appsettings.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var element = document.RootElement;
            var found = true;
            foreach (var part in key.Split(':'))
            {
                found = found && element.ValueKind == JsonValueKind.Object && element.TryGetProperty(part, out element);
            }

            values[key] = !found ? null : element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
        }

        return values;
    }
}
