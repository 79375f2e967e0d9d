using System.Net;
using System.Text.Json;

namespace ResourceMonitor.IntegrationTests.ParkPage;

/// <summary>The worker's park event stream (<c>/api/v1/park/events</c>) read over real HTTP: each <c>park</c> event's JSON.</summary>
public sealed class ParkEventStream : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ParkEventStream(HttpClient http, HttpResponseMessage response, StreamReader reader)
    {
        _http = http;
        _response = response;
        _reader = reader;
    }

    /// <summary>The response's content type.</summary>
    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>Opens the stream with <paramref name="key"/> (header) or <paramref name="token"/> (signed link); fails unless 200.</summary>
    public static async Task<ParkEventStream> OpenAsync(Uri worker, string? key = null, string? token = null)
    {
        var (status, stream) = await TryOpenAsync(worker, key, token);
        return status == HttpStatusCode.OK ? stream! : throw new InvalidOperationException($"the event stream answered {(int)status}");
    }

    /// <summary>Opens the stream; the status, and the stream when it is 200.</summary>
    public static async Task<(HttpStatusCode Status, ParkEventStream? Stream)> TryOpenAsync(Uri worker, string? key = null, string? token = null)
    {
        var path = token is null ? "/api/v1/park/events" : $"/api/v1/park/events?token={Uri.EscapeDataString(token)}";
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(worker, path));
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        var probe = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var response = await probe.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            response.Dispose();
            probe.Dispose();
            return (response.StatusCode, null);
        }

        var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        return (HttpStatusCode.OK, new ParkEventStream(probe, response, reader));
    }

    /// <summary>The next <c>park</c> event's JSON, or throws after <paramref name="patience"/>.</summary>
    public async Task<JsonDocument> NextAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        string? eventType = null;
        var data = new List<string>();
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (eventType == "park" && data.Count > 0)
                {
                    return JsonDocument.Parse(string.Join('\n', data));
                }

                (eventType, data) = (null, []);
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventType = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line["data:".Length..].TrimStart());
            }
        }

        throw new EndOfStreamException("the park event stream ended");
    }

    /// <summary>Reads events until one satisfies <paramref name="condition"/>; returns it, or null after <paramref name="patience"/>.</summary>
    public async Task<JsonDocument?> UntilAsync(Func<JsonElement, bool> condition, TimeSpan patience)
    {
        var deadline = DateTimeOffset.UtcNow + patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            JsonDocument view;
            try
            {
                view = await NextAsync(deadline - DateTimeOffset.UtcNow);
            }
            catch (OperationCanceledException)
            {
                return null;
            }

            if (condition(view.RootElement))
            {
                return view;
            }

            view.Dispose();
        }

        return null;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        _http.Dispose();
        return ValueTask.CompletedTask;
    }
}
