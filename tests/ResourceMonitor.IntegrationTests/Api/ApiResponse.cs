using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace ResourceMonitor.IntegrationTests.Api;

/// <summary>What the worker answered: status, headers and body, with the ProblemDetails fields when it is one.</summary>
public sealed record ApiResponse(HttpStatusCode Status, string Body, string? MediaType, HttpResponseHeaders Headers, long? ContentLength)
{
    /// <summary>Sends <paramref name="method"/> <paramref name="path"/> with <paramref name="configure"/>'s headers and no default ones.</summary>
    public static async Task<ApiResponse> SendAsync(Uri baseAddress, HttpMethod method, string path, Action<HttpRequestMessage>? configure = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        configure?.Invoke(request);
        using var response = await http.SendAsync(request);
        return new ApiResponse(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType?.MediaType,
            response.Headers,
            response.Content.Headers.ContentLength);
    }

    /// <summary>Sends with <c>X-Api-Key: key</c> (none when null).</summary>
    public static Task<ApiResponse> WithKeyAsync(Uri baseAddress, string path, string? key, HttpMethod? method = null) =>
        SendAsync(baseAddress, method ?? HttpMethod.Get, path, r =>
        {
            if (key is not null)
            {
                r.Headers.Add("X-Api-Key", key);
            }
        });

    /// <summary>The ProblemDetails <c>detail</c>; fails when the body is not <c>application/problem+json</c>.</summary>
    public string Detail
    {
        get
        {
            Assert.True(MediaType == "application/problem+json", $"{(int)Status} answered {MediaType}: {Body}");
            using var json = JsonDocument.Parse(Body);
            Assert.Equal((int)Status, json.RootElement.GetProperty("status").GetInt32());
            return json.RootElement.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : string.Empty;
        }
    }
}
