using System.Text.Json;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>One series of an InfluxQL answer: its tags and its rows (column name → value; time in Unix milliseconds).</summary>
public sealed record StoredSeries(string Measurement, IReadOnlyDictionary<string, string> Tags, IReadOnlyList<IReadOnlyDictionary<string, JsonElement>> Rows)
{
    /// <summary>A tag's value, or an empty string.</summary>
    public string Tag(string name) => Tags.TryGetValue(name, out var value) ? value : string.Empty;
}
