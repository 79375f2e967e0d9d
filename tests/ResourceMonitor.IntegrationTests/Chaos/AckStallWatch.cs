using System.Diagnostics;
using System.Globalization;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// Samples the worker's <c>rm_points_written_total</c> on <c>/metrics</c> every half second while the load runs and keeps the
/// longest time it did not grow (a dead or restarting worker, whose metrics cannot be read, counts as not growing): the
/// longest stall between the park and InfluxDB as the worker saw it.
/// </summary>
public sealed class AckStallWatch(Func<Uri> worker)
{
    private const string Metric = "rm_points_written_total";
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };

    /// <summary>The longest time without a point written.</summary>
    public TimeSpan Longest { get; private set; }

    /// <summary>When that stall ended, from the watch's start.</summary>
    public TimeSpan LongestEndedAt { get; private set; }

    /// <summary>Samples until <paramref name="cancellation"/> fires.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        double? last = null;
        while (!cancellation.IsCancellationRequested)
        {
            var value = await ReadAsync();
            if (value is { } v && v != last)
            {
                lastProgress = clock.Elapsed;
                last = v;
            }

            if (clock.Elapsed - lastProgress > Longest)
            {
                Longest = clock.Elapsed - lastProgress;
                LongestEndedAt = clock.Elapsed;
            }

            await Task.Delay(500, CancellationToken.None);
        }

        _http.Dispose();
    }

    private async Task<double?> ReadAsync()
    {
        try
        {
            var body = await _http.GetStringAsync(new Uri(worker(), "/metrics"));
            var lines = body.Split('\n').Where(l => l.StartsWith(Metric + " ", StringComparison.Ordinal) || l.StartsWith(Metric + "{", StringComparison.Ordinal));
            return lines.Sum(l => double.Parse(l[(l.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or FormatException)
        {
            return null;
        }
    }
}
