using System.Net.Sockets;
using InfluxDB.Client;
using InfluxDB.Client.Core.Exceptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// Writes line batches with InfluxDB.Client's <see cref="WriteApiAsync"/> (gzip on) inside a Polly pipeline:
/// retries with jitter honouring Retry-After, a circuit breaker, and a timeout per attempt. The batching
/// <c>WriteApi</c> is not used: it drops a batch after its retries and buffers without bound.
/// </summary>
internal sealed class InfluxLineWriter : IInfluxLineWriter, IDisposable
{
    private readonly InfluxDBClient _client;
    private readonly WriteApiAsync _writeApi;
    private readonly ResiliencePipeline _pipeline;
    private readonly StorageOptions _options;
    private readonly ILogger<InfluxLineWriter> _logger;

    public InfluxLineWriter(IOptions<StorageOptions> options, TimeProvider time, ILogger<InfluxLineWriter> logger)
    {
        _options = options.Value;
        _logger = logger;
        var clientOptions = new InfluxDBClientOptions(_options.Url)
        {
            Org = _options.Organization,
            Bucket = _options.Bucket,
            Timeout = _options.RequestTimeout + TimeSpan.FromSeconds(5),
        };
        if (!string.IsNullOrEmpty(_options.Token))
        {
            clientOptions.Token = _options.Token;
        }

        _client = new InfluxDBClient(clientOptions);
        _client.EnableGzip();
        _writeApi = _client.GetWriteApiAsync();
        _pipeline = BuildPipeline(_options, time);
    }

    public async Task<WriteOutcome> WriteAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await _pipeline.ExecuteAsync(
                static async (state, token) => await state.Api.WriteRecordsAsync(state.Batch.Lines, state.Batch.Precision, state.Bucket, state.Org, token),
                (Api: _writeApi, Batch: batch, Bucket: _options.Bucket, Org: _options.Organization),
                cancellationToken);
            return WriteOutcome.Accepted;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (BrokenCircuitException)
        {
            return new WriteOutcome(WriteOutcomeKind.Kept, "circuit open: InfluxDB kept failing");
        }
        catch (HttpException ex) when (ex.Status is 400 or 422)
        {
            return new WriteOutcome(WriteOutcomeKind.Rejected, $"{ex.Status}: {ex.Message}");
        }
        catch (HttpException ex) when (ex.Status == 413)
        {
            return new WriteOutcome(WriteOutcomeKind.TooLarge, $"{ex.Status}: {ex.Message}");
        }
        catch (Exception ex)
        {
            StorageLog.WriteKept(_logger, batch.Lines.Count, Describe(ex));
            return new WriteOutcome(WriteOutcomeKind.Kept, Describe(ex));
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _client.PingAsync().WaitAsync(_options.RequestTimeout, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            StorageLog.PingFailed(_logger, Describe(ex));
            return false;
        }
    }

    public void Dispose() => _client.Dispose();

    private static ResiliencePipeline BuildPipeline(StorageOptions options, TimeProvider time)
    {
        var shouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient);
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.RetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = shouldHandle,
                MaxRetryAttempts = options.RetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception, options.RetryMaxDelay)),
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = shouldHandle,
                FailureRatio = 0.5,
                MinimumThroughput = 4,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    /// <summary>Transient: worth retrying now and keeping (spooling) if it persists. 400/413/422 are the content's fault.</summary>
    private static bool IsTransient(Exception exception) => exception switch
    {
        HttpException http => http.Status is not (400 or 413 or 422),
        TimeoutRejectedException or HttpRequestException or IOException or SocketException or TaskCanceledException => true,
        _ => false,
    };

    /// <summary>InfluxDB's Retry-After (429, 503) wins over the computed backoff, capped by the longest retry delay.</summary>
    private static TimeSpan? RetryAfter(Exception? exception, TimeSpan max) =>
        exception is HttpException { RetryAfter: { } seconds } && seconds > 0
            ? TimeSpan.FromSeconds(Math.Min(seconds, max.TotalSeconds))
            : null;

    private static string Describe(Exception ex) => ex is HttpException http ? $"{http.Status}: {http.Message}" : $"{ex.GetType().Name}: {ex.Message}";
}
