using System.Diagnostics;
using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// Samples a growing number every half second while the load runs and keeps the longest time it did not change: a stall.
/// A probe that cannot answer (the worker is dead, InfluxDB hangs) counts as no progress.
/// </summary>
public sealed class ProgressWatch(string what, Func<Task<double?>> probe)
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(500);

    /// <summary>What is watched, for the summary.</summary>
    public string What => what;

    /// <summary>The longest time without progress.</summary>
    public TimeSpan Longest { get; private set; }

    /// <summary>When that stall ended, from the watch's start.</summary>
    public TimeSpan LongestEndedAt { get; private set; }

    /// <summary>The worker's <c>rm_readings_accepted_total</c>: readings it made durable and acknowledged (a restart resets it; any change is progress).</summary>
    public static ProgressWatch WorkerAcknowledgements(Func<Uri> worker)
    {
        var http = Worker.WorkerSettings.OperatorClient(TimeSpan.FromSeconds(2));
        return new ProgressWatch("worker rm_readings_accepted_total", async () =>
        {
            try
            {
                const string metric = "rm_readings_accepted_total";
                var body = await http.GetStringAsync(new Uri(worker(), "/metrics"));
                return body.Split('\n')
                    .Where(l => l.StartsWith(metric + " ", StringComparison.Ordinal) || l.StartsWith(metric + "{", StringComparison.Ordinal))
                    .Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FormatException)
            {
                return null;
            }
        });
    }

    /// <summary>The number of <c>reading</c> points in InfluxDB (read directly from influxd).</summary>
    public static ProgressWatch StoredReadings(InfluxInstance influx)
    {
        var readBack = new InfluxReadBack(influx.DirectUrl, influx.Database, TimeSpan.FromSeconds(2));
        return new ProgressWatch("readings stored in InfluxDB", async () =>
        {
            try
            {
                return await readBack.CountAsync("reading", "value");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or System.Text.Json.JsonException)
            {
                return null;
            }
        });
    }

    /// <summary>Samples until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        double? last = null;
        while (!cancellation.IsCancellationRequested)
        {
            if (await probe() is { } value && value != last)
            {
                lastProgress = clock.Elapsed;
                last = value;
            }

            if (clock.Elapsed - lastProgress > Longest)
            {
                Longest = clock.Elapsed - lastProgress;
                LongestEndedAt = clock.Elapsed;
            }

            await Task.Delay(Period, CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"longest time without progress of {what} (sampled every 0.5 s during the load): {Longest.TotalSeconds:0.0} s, ending {LongestEndedAt.TotalSeconds:0.0} s into the run");
}
