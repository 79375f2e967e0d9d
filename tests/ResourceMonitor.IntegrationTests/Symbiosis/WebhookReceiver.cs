using System.Collections.Concurrent;
using System.Net;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Symbiosis;

/// <summary>A local HTTP receiver on a free port that records every POSTed body and answers 200.</summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public WebhookReceiver()
    {
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<string> Bodies { get; } = new();

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream);
            Bodies.Enqueue(await reader.ReadToEndAsync());
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
