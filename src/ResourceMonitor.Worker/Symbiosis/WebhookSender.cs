using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using ResourceMonitor.Hosting.Supervision;
using ResourceMonitor.Worker.Operations;

namespace ResourceMonitor.Worker.Symbiosis;

/// <summary>
/// Posts alert JSON to the configured webhooks in the background (bounded queue, Wait mode), retrying with exponential
/// backoff and jitter (Polly); a delivery that fails every attempt is appended to the dead-letter log, never dropped silently.
/// </summary>
public sealed class WebhookSender : BackgroundService
{
    private readonly Channel<WebhookDelivery> _queue;
    private readonly HttpClient _http;
    private readonly SymbiosisOptions _options;
    private readonly TimeProvider _time;
    private readonly StageSupervisor _supervisor;
    private readonly ILogger<WebhookSender> _logger;
    private readonly ResiliencePipeline _retry;
    private readonly string _deadLetterPath;

    /// <summary>Creates the sender.</summary>
    public WebhookSender(HttpClient http, IOptions<SymbiosisOptions> options, IHostEnvironment environment, TimeProvider time, StageSupervisor supervisor, ILogger<WebhookSender> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _supervisor = supervisor;
        _logger = logger;
        _deadLetterPath = Path.GetFullPath(_options.WebhookDeadLetterPath, environment.ContentRootPath);
        _queue = Channel.CreateBounded<WebhookDelivery>(new BoundedChannelOptions(_options.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });
        _retry = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = _options.WebhookAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.WebhookRetryDelay,
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TaskCanceledException>(),
            })
            .AddTimeout(_options.WebhookTimeout)
            .Build();
    }

    /// <summary>The dead-letter log.</summary>
    public string DeadLetterPath => _deadLetterPath;

    /// <summary>Queues <paramref name="json"/> for every configured webhook.</summary>
    public async ValueTask EnqueueAsync(string json, CancellationToken cancellationToken)
    {
        foreach (var url in _options.Webhooks)
        {
            await _queue.Writer.WriteAsync(new WebhookDelivery(url, json), cancellationToken);
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        _supervisor.RunAsync(StageNames.Webhooks, StageFailurePolicy.Restart, RunStageAsync, stoppingToken);

    private async Task RunStageAsync(CancellationToken stoppingToken)
    {
        await foreach (var delivery in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await DeliverAsync(delivery, stoppingToken);
        }
    }

    private async Task DeliverAsync(WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        try
        {
            await _retry.ExecuteAsync(
                async token =>
                {
                    using var content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json");
                    using var response = await _http.PostAsync(delivery.Url, content, token);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new HttpRequestException($"HTTP {(int)response.StatusCode}", null, response.StatusCode);
                    }
                },
                stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            var dead = delivery with { FailedAt = _time.GetUtcNow(), Error = ex.Message };
            Directory.CreateDirectory(Path.GetDirectoryName(_deadLetterPath)!);
            await File.AppendAllTextAsync(_deadLetterPath, JsonSerializer.Serialize(dead, SymbiosisJsonContext.Default.WebhookDelivery) + "\n", stoppingToken);
            SymbiosisLog.DeadLetter(_logger, delivery.Url, _options.WebhookAttempts, _deadLetterPath, ex.Message);
        }
    }
}
