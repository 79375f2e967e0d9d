namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The longest time the worker's acknowledged count stood still while readings were waiting (published but not yet
/// acknowledged), sampled at an interval: how long a fault held up acknowledgements.
/// </summary>
public sealed class AcknowledgementStall(Func<Task<double>> acknowledged, Func<int> published)
{
    /// <summary>The longest stall seen so far.</summary>
    public TimeSpan Longest { get; private set; }

    /// <summary>Samples until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task SampleAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var last = -1d;
        var movedAt = TimeProvider.System.GetTimestamp();
        while (!cancellationToken.IsCancellationRequested)
        {
            var count = await acknowledged();
            if (count != last || count >= published())
            {
                last = count;
                movedAt = TimeProvider.System.GetTimestamp();
            }

            var still = TimeProvider.System.GetElapsedTime(movedAt);
            Longest = still > Longest ? still : Longest;
            try
            {
                await Task.Delay(interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
