using System.Text.Json;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>Reads the JSON that InfluxDB's <c>/query</c> endpoint answers; an error in it fails the test with the statement and the error.</summary>
public static class InfluxQlJson
{
    /// <summary>Parses the first statement's result of a <c>/query</c> response.</summary>
    public static InfluxQlResult Parse(string json, string statement)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var topError))
        {
            throw new InvalidOperationException($"InfluxQL error for `{statement}`: {topError.GetString()}");
        }

        var series = new List<InfluxQlSeries>();
        foreach (var result in root.GetProperty("results").EnumerateArray())
        {
            if (result.TryGetProperty("error", out var error))
            {
                throw new InvalidOperationException($"InfluxQL error for `{statement}`: {error.GetString()}");
            }

            if (result.TryGetProperty("series", out var resultSeries))
            {
                series.AddRange(resultSeries.EnumerateArray().Select(ReadSeries));
            }
        }

        return new InfluxQlResult(series);
    }

    private static InfluxQlSeries ReadSeries(JsonElement series)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (series.TryGetProperty("tags", out var tagElement))
        {
            foreach (var tag in tagElement.EnumerateObject())
            {
                tags[tag.Name] = tag.Value.GetString() ?? string.Empty;
            }
        }

        var columns = series.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
        var rows = series.TryGetProperty("values", out var values)
            ? values.EnumerateArray().Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(Scalar).ToList()).ToList()
            : [];
        var name = series.TryGetProperty("name", out var nameElement) ? nameElement.GetString() ?? string.Empty : string.Empty;
        return new InfluxQlSeries(name, tags, columns, rows);
    }

    private static object? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
