using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Storage.InfluxQl;

/// <summary>
/// <see cref="IInfluxQlReader"/> over HTTP: GET <c>/query?db=&lt;bucket&gt;&amp;epoch=ms&amp;q=…</c> for reads (SELECT, SHOW),
/// POST with a form body for anything else, with the InfluxDB token header. Times come back as Unix milliseconds.
/// </summary>
public sealed class HttpInfluxQlReader(HttpClient http, IOptions<InfluxQlOptions> options) : IInfluxQlReader
{
    /// <inheritdoc />
    public async Task<InfluxQlResult> QueryAsync(string influxQl, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var request = BuildRequest(settings, influxQl);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.QueryTimeout);
        using var response = await http.SendAsync(request, timeout.Token);
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        var isJson = response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true
            || body.TrimStart().StartsWith('{');
        if (!isJson)
        {
            throw new InfluxQlException(influxQl, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
        }

        var result = InfluxQlResponseParser.Parse(body, influxQl);
        if (!response.IsSuccessStatusCode)
        {
            throw new InfluxQlException(influxQl, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}: {body}");
        }

        return result;
    }

    private static HttpRequestMessage BuildRequest(InfluxQlOptions settings, string influxQl)
    {
        var baseUrl = settings.Url.TrimEnd('/');
        var db = Uri.EscapeDataString(settings.Bucket);
        var isRead = influxQl.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)
            || influxQl.TrimStart().StartsWith("SHOW", StringComparison.OrdinalIgnoreCase);
        var request = isRead
            ? new HttpRequestMessage(HttpMethod.Get, new Uri($"{baseUrl}/query?db={db}&epoch=ms&q={Uri.EscapeDataString(influxQl)}"))
            : new HttpRequestMessage(HttpMethod.Post, new Uri($"{baseUrl}/query?db={db}&epoch=ms"))
            {
                Content = new FormUrlEncodedContent([new KeyValuePair<string, string>("q", influxQl)]),
            };
        if (!string.IsNullOrEmpty(settings.Token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Token", settings.Token);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return request;
    }
}
