using System.Globalization;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.LoadTest;

/// <summary>Counts stored readings in InfluxDB (measurement <c>reading</c>).</summary>
public static class StoredReadings
{
    /// <summary>Readings stored with a time at or after <paramref name="since"/> (all when null).</summary>
    public static async Task<long> CountAsync(InfluxInstance influx, DateTimeOffset? since = null)
    {
        var where = since is { } from ? $" WHERE time >= {from.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}ms" : string.Empty;
        return (long)await influx.ScalarAsync($"SELECT count(value) FROM reading{where}");
    }

    /// <summary>Fails unless InfluxDB holds exactly <paramref name="expected"/> readings: a load figure that lost data is no figure.</summary>
    public static async Task ExpectAsync(InfluxInstance influx, long expected)
    {
        var stored = await CountAsync(influx);
        if (stored != expected)
        {
            throw new InvalidOperationException($"InfluxDB holds {stored} readings, {expected} were sent.");
        }
    }

    /// <summary>Polls until <paramref name="expected"/> readings are stored; returns when it saw them.</summary>
    public static async Task WaitForAsync(InfluxInstance influx, long expected, TimeSpan timeout, Func<string> describe, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        long stored = 0;
        try
        {
            while ((stored = await CountAsync(influx)) < expected)
            {
                await Task.Delay(100, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"{stored} of {expected} readings stored after {timeout}. {describe()}");
        }

        if (stored > expected)
        {
            throw new InvalidOperationException($"InfluxDB holds {stored} readings, only {expected} were sent.");
        }
    }
}
