using InfluxDB.Client;
using InfluxDB.Client.Core.Exceptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// Writes line batches with InfluxDB.Client's <see cref="WriteApiAsync"/> (gzip on), one attempt per call inside a Polly
/// timeout (<c>Storage:RequestTimeout</c>), so a hanging InfluxDB costs one timeout, never a chain of retries. Retrying is
/// <see cref="PointWriter"/>'s: a kept batch goes to the spool at once and the writer probes with the oldest spooled batch,
/// backing off (<see cref="InfluxBackoff"/>, Retry-After wins). The batching <c>WriteApi</c> is not used: it drops a batch
/// after its retries and buffers without bound.
/// </summary>
internal sealed class InfluxLineWriter : IInfluxLineWriter, IDisposable
{
    private readonly InfluxDBClient _client;
    private readonly WriteApiAsync _writeApi;
    private readonly ResiliencePipeline _pipeline;
    private readonly StorageOptions _options;
    private readonly ILogger<InfluxLineWriter> _logger;
    private int _writeApiMissingLogged;

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
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }.AddTimeout(_options.RequestTimeout).Build();
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
        catch (HttpException ex) when (ex.Status is 400 or 422)
        {
            return new WriteOutcome(WriteOutcomeKind.Rejected, $"{ex.Status}: {ex.Message}");
        }
        catch (HttpException ex) when (ex.Status == 413)
        {
            return new WriteOutcome(WriteOutcomeKind.TooLarge, $"{ex.Status}: {ex.Message}");
        }
        catch (HttpException ex) when (ex.Status == 404)
        {
            // Not the point's fault: the server has no such route or bucket. Keep the batch until the operator fixes it.
            var advice = InfluxWriteApiMissing.Advice(_options.Url, ex.Message);
            if (Interlocked.Exchange(ref _writeApiMissingLogged, 1) == 0)
            {
                StorageLog.WriteApiMissing(_logger, advice);
            }

            return new WriteOutcome(WriteOutcomeKind.Kept, advice);
        }
        catch (Exception ex)
        {
            StorageLog.WriteKept(_logger, batch.Lines.Count, Describe(ex));
            return new WriteOutcome(WriteOutcomeKind.Kept, Describe(ex), RetryAfter(ex), TimedOut: ex is TimeoutRejectedException);
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

    /// <summary>InfluxDB's Retry-After (429, 503), when it sent one.</summary>
    private static TimeSpan? RetryAfter(Exception exception) =>
        exception is HttpException { RetryAfter: { } seconds } && seconds > 0 ? TimeSpan.FromSeconds(seconds) : null;

    private static string Describe(Exception ex) => ex switch
    {
        HttpException http => $"{http.Status}: {http.Message}",
        TimeoutRejectedException timeout => $"no answer within {timeout.Timeout} (Storage:RequestTimeout)",
        _ => $"{ex.GetType().Name}: {ex.Message}",
    };
}
