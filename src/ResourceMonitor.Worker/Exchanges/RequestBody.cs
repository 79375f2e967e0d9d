using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ResourceMonitor.Worker.Exchanges;

/// <summary>Reads a small JSON request body; null when it is missing, too large or not the expected JSON (a 400, never a 500).</summary>
internal static class RequestBody
{
    private const int MaxBytes = 16 * 1024;

    public static async Task<T?> ReadAsync<T>(HttpContext http, JsonTypeInfo<T> type, CancellationToken cancellationToken)
        where T : class
    {
        if (http.Request.ContentLength is > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
