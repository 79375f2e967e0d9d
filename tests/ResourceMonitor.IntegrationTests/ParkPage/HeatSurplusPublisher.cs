using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.IntegrationTests.Worker;

namespace ResourceMonitor.IntegrationTests.ParkPage;

/// <summary>
/// Raises the sample park's steel → dyeing waste-heat opportunity with the real <c>mosquitto_pub</c>: the steel mill's
/// cooling heat at 1,200 kW and the dyeing plant's boiler at 900 kW, every 100 ms until stopped; and agent statuses.
/// </summary>
public sealed class HeatSurplusPublisher(MosquittoInstance broker) : IAsyncDisposable
{
    /// <summary>The opportunity's id.</summary>
    public const string Pair = "steel-waste-heat--dyeing-boiler-heat";

    private readonly CancellationTokenSource _stop = new();
    private Task? _running;

    /// <summary>Starts publishing.</summary>
    public void Start() => _running = RunAsync(_stop.Token);

    /// <summary>Publishes a retained status of <paramref name="plant"/>'s agent.</summary>
    public Task StatusAsync(string plant, string state) => PublishAsync($"rm/v1/{SamplePark.Id}/{plant}/status",
        string.Create(CultureInfo.InvariantCulture, $"{{\"state\":\"{state}\",\"ts\":\"{DateTimeOffset.UtcNow.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"agent\":\"edge-{plant}\",\"version\":\"1.0.0\"}}"), retain: true);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_running is not null)
        {
            try
            {
                await _running;
            }
            catch (OperationCanceledException)
            {
                // Stopped.
            }
        }

        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var now = DateTimeOffset.UtcNow;
            await PublishAsync($"rm/v1/{SamplePark.Id}/steel-01/readings", Batch("cooling-heat", 1200, now, $"s{i}"));
            await PublishAsync($"rm/v1/{SamplePark.Id}/dyeing-01/readings", Batch("boiler-heat", 900, now, $"d{i}"));
            await Task.Delay(100, stop);
        }
    }

    private static string Batch(string meter, double value, DateTimeOffset at, string tag) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"v\":1,\"agent\":\"park-page-test\",\"batch\":\"{tag}-{Guid.NewGuid():N}\",\"readings\":[{{\"meter\":\"{meter}\",\"ts\":\"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"value\":{value},\"unit\":\"kW\",\"kind\":\"gauge\"}}]}}");

    private async Task PublishAsync(string topic, string payload, bool retain = false)
    {
        string[] args = ["-h", broker.Host, "-p", broker.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-t", topic, "-m", payload];
        var result = await ToolRun.RunAsync(RequiredService.MosquittoPub, retain ? [.. args, "-r"] : args);
        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
