using System.Diagnostics;

namespace ResourceMonitor.LoadTest;

/// <summary>Latency figures: median and 99th percentile at <see cref="Rate"/> readings/s.</summary>
/// <param name="P50">Median publish → stored.</param>
/// <param name="P99">99th percentile.</param>
/// <param name="Rate">The paced rate, readings/s.</param>
public sealed record LatencyFigures(TimeSpan P50, TimeSpan P99, double Rate);

/// <summary>
/// Publish → stored latency at a paced rate: live readings (stamped at publish time) go out on one connection on a fixed
/// schedule while a poller counts the live readings InfluxDB holds every few milliseconds. A message counts as stored at the
/// first count that includes it (the worker and the broker keep one connection's order), at the time that count's answer
/// came back, so a figure is an upper bound, off by at most one poll.
/// </summary>
public static class PublishToStored
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Paces messages of <see cref="LoadOptions.BatchSize"/> readings at <paramref name="rate"/> for <see cref="LoadOptions.LatencyDuration"/>.</summary>
    public static async Task<LatencyFigures> MeasureAsync(WorkerUnderLoad worker, ParkPublishers publishers, Workload workload, double rate, LoadOptions options, CancellationToken cancellationToken)
    {
        var since = TimeProvider.System.GetUtcNow();
        var interval = TimeSpan.FromSeconds(options.BatchSize / rate);
        var count = Math.Max(1, (int)(options.LatencyDuration / interval));
        var published = new TimeSpan[count];
        var cumulative = new long[count];
        var clock = Stopwatch.StartNew();
        using var stopPolling = new CancellationTokenSource();
        var samples = new List<(TimeSpan At, long Stored)>();
        var polling = PollAsync(worker, since, clock, samples, stopPolling.Token);
        var sends = new List<Task>(count);
        long total = 0;
        for (var k = 0; k < count; k++)
        {
            var wait = (interval * k) - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            var message = workload.Live(options.BatchSize, TimeProvider.System.GetUtcNow());
            total += message.Readings;
            cumulative[k] = total;
            published[k] = clock.Elapsed;
            sends.Add(publishers.PublishAsync(message, cancellationToken));
        }

        await Task.WhenAll(sends);
        await WaitForSampleAsync(samples, total, options.Timeout, cancellationToken);
        await stopPolling.CancelAsync();
        await polling;
        var latencies = Enumerable.Range(0, count)
            .Select(k => samples.First(s => s.Stored >= cumulative[k]).At - published[k])
            .Order()
            .ToArray();
        return new LatencyFigures(Percentile(latencies, 0.50), Percentile(latencies, 0.99), total / (interval.TotalSeconds * count));
    }

    private static async Task PollAsync(WorkerUnderLoad worker, DateTimeOffset since, Stopwatch clock, List<(TimeSpan At, long Stored)> samples, CancellationToken stop)
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var stored = await StoredReadings.CountAsync(worker.Influx, since.AddSeconds(-1));
                lock (samples)
                {
                    samples.Add((clock.Elapsed, stored));
                }

                await Task.Delay(PollInterval, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Done.
        }
    }

    private static async Task WaitForSampleAsync(List<(TimeSpan At, long Stored)> samples, long total, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            lock (samples)
            {
                if (samples.Count > 0 && samples[^1].Stored >= total)
                {
                    return;
                }
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"The live readings were not all stored within {timeout}.");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static TimeSpan Percentile(TimeSpan[] sorted, double share) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(share * sorted.Length) - 1)];
}
