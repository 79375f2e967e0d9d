using System.Text.Json;

namespace ResourceMonitor.Worker.Storage.InfluxQl;

/// <summary>Reads the JSON of InfluxDB's <c>/query</c> endpoint: <c>{"results":[{"series":[…]}]}</c> or an error.</summary>
public static class InfluxQlResponseParser
{
    /// <summary>Parses every statement's series; an error anywhere throws <see cref="InfluxQlException"/> with its text.</summary>
    public static InfluxQlResult Parse(string json, string statement)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var topError))
        {
            throw new InfluxQlException(statement, topError.GetString() ?? "unknown error");
        }

        var series = new List<InfluxQlSeries>();
        if (!root.TryGetProperty("results", out var results))
        {
            return new InfluxQlResult(series);
        }

        foreach (var result in results.EnumerateArray())
        {
            if (result.TryGetProperty("error", out var error))
            {
                throw new InfluxQlException(statement, error.GetString() ?? "unknown error");
            }

            if (result.TryGetProperty("series", out var resultSeries))
            {
                series.AddRange(resultSeries.EnumerateArray().Select(ReadSeries));
            }
        }

        return new InfluxQlResult(series);
    }

    private static InfluxQlSeries ReadSeries(JsonElement element)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (element.TryGetProperty("tags", out var tagElement))
        {
            foreach (var tag in tagElement.EnumerateObject())
            {
                tags[tag.Name] = tag.Value.GetString() ?? string.Empty;
            }
        }

        var columns = element.GetProperty("columns").EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToList();
        IReadOnlyList<IReadOnlyList<object?>> rows = element.TryGetProperty("values", out var values)
            ? values.EnumerateArray().Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(Scalar).ToList()).ToList()
            : [];
        var name = element.TryGetProperty("name", out var nameElement) ? nameElement.GetString() ?? string.Empty : string.Empty;
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
