using System.Diagnostics;
using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Edge;

/// <summary>
/// Plays the meters with <c>mosquitto_pub</c> (a client no one here wrote): each meter publishes generic-JSON payloads
/// <c>{"ts":"...","total":...}</c> with QoS 1 on <c>factory/&lt;meter&gt;/energy</c>, one message per line.
/// </summary>
public static class MeterPublisher
{
    /// <summary>The mapping for <paramref name="meters"/> meters (ids m-0, m-1..., or <paramref name="meterIds"/>, e.g. catalog meters).</summary>
    public static object[] Mappings(int meters, IReadOnlyList<string>? meterIds = null) =>
        Enumerable.Range(0, meters).Select(i => (object)new
        {
            Topic = $"factory/m-{i}/energy",
            Format = "json",
            Meter = meterIds?[i] ?? $"m-{i}",
            Unit = "Wh",
            Kind = "Counter",
            Field = "total",
            TimestampField = "ts",
        }).ToArray();

    /// <summary>The reading time of value <paramref name="index"/> (one second apart, in the recent past).</summary>
    public static DateTimeOffset TimeOf(DateTimeOffset start, int index) => start.AddSeconds(index);

    /// <summary>Publishes values <paramref name="from"/>..<paramref name="from"/>+<paramref name="count"/>-1 for every meter.</summary>
    public static async Task PublishAsync(MosquittoInstance local, int meters, DateTimeOffset start, int from, int count)
    {
        var runs = Enumerable.Range(0, meters).Select(async meter =>
        {
            var info = new ProcessStartInfo(RequiredService.MosquittoPub)
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "-h", local.Host, "-p", local.Port.ToString(CultureInfo.InvariantCulture), "-q", "1", "-t", $"factory/m-{meter}/energy", "-l" })
            {
                info.ArgumentList.Add(arg);
            }

            using var process = Process.Start(info)!;
            for (var i = from; i < from + count; i++)
            {
                var ts = TimeOf(start, i).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
                await process.StandardInput.WriteLineAsync($"{{\"ts\":\"{ts}\",\"total\":{(1000 * meter) + (i * 10)}}}");
            }

            process.StandardInput.Close();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"mosquitto_pub failed ({process.ExitCode}): {error}");
            }
        });
        await Task.WhenAll(runs);
    }
}
