using System.Text.Json;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The checker's own InfluxQL client: <c>GET /query</c> on influxd directly (epoch=ms), answer parsed here with
/// System.Text.Json, so what the checker sees does not depend on the product's reader.
/// </summary>
public sealed class InfluxReadBack(Uri influxd, string database, TimeSpan? timeout = null) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = timeout ?? TimeSpan.FromMinutes(2) };

    /// <summary>Every series <paramref name="influxQl"/> returns (empty when the measurement does not exist).</summary>
    public async Task<IReadOnlyList<StoredSeries>> QueryAsync(string influxQl)
    {
        var uri = new Uri(influxd, $"/query?db={Uri.EscapeDataString(database)}&epoch=ms&q={Uri.EscapeDataString(influxQl)}");
        using var response = await _http.GetAsync(uri);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"InfluxQL `{influxQl}` answered {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        var result = document.RootElement.GetProperty("results")[0];
        if (result.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"InfluxQL `{influxQl}` failed: {error.GetString()}");
        }

        return result.TryGetProperty("series", out var series) ? series.EnumerateArray().Select(Series).ToArray() : [];
    }

    /// <summary>The number of points of <paramref name="measurement"/> (its <c>value</c> field or any field).</summary>
    public async Task<long> CountAsync(string measurement, string field)
    {
        var series = await QueryAsync($"SELECT count(\"{field}\") FROM \"{measurement}\"");
        return series.Count == 0 ? 0 : series[0].Rows[0]["count"].GetInt64();
    }

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    private static StoredSeries Series(JsonElement series)
    {
        var columns = series.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!).ToArray();
        var tags = series.TryGetProperty("tags", out var t)
            ? t.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = series.TryGetProperty("values", out var values)
            ? values.EnumerateArray().Select(row => (IReadOnlyDictionary<string, JsonElement>)row.EnumerateArray()
                .Select((cell, i) => (columns[i], cell.Clone())).ToDictionary(c => c.Item1, c => c.Item2, StringComparer.Ordinal)).ToArray()
            : [];
        return new StoredSeries(series.GetProperty("name").GetString() ?? string.Empty, tags, rows);
    }
}
