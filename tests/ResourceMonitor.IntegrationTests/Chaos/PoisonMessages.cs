using System.Globalization;
using System.Text;

namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// Messages no worker may store, for a plant's readings topic. Each carries readings of that plant's real meters stamped
/// off the load's grid (7 ms past a whole second): if any of them reached InfluxDB the checker would count it as unexpected
/// and its minute as wrong.
/// </summary>
public static class PoisonMessages
{
    /// <summary>Above the contract's 1 MiB payload limit (docs/contract/v1.md).</summary>
    public const int OversizedBytes = 1_200_000;

    /// <summary>The three poison payloads, by name.</summary>
    public static IReadOnlyList<(string Name, byte[] Payload)> For(string plant, string meter, DateTimeOffset now, Random random) =>
    [
        ("invalid-utf8", InvalidUtf8(plant, meter, now)),
        ("oversized", Oversized(plant, meter, now)),
        ("garbage", Garbage(random)),
    ];

    /// <summary>A well-formed batch except for bytes that are not UTF-8 inside the batch id (a JSON string).</summary>
    public static byte[] InvalidUtf8(string plant, string meter, DateTimeOffset now)
    {
        var head = Encoding.UTF8.GetBytes($"{{\"v\":1,\"agent\":\"edge-{plant}\",\"batch\":\"poison-");
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xA0, 0xA1];
        var tail = Encoding.UTF8.GetBytes($"\",\"readings\":[{Reading(meter, OffGrid(now, 0), 1)}]}}");
        return [.. head, .. invalid, .. tail];
    }

    /// <summary>A valid batch padded with readings past <see cref="OversizedBytes"/>.</summary>
    public static byte[] Oversized(string plant, string meter, DateTimeOffset now)
    {
        var json = new StringBuilder($"{{\"v\":1,\"agent\":\"edge-{plant}\",\"batch\":\"poison-oversized-{Guid.NewGuid():N}\",\"readings\":[");
        for (var i = 0; json.Length < OversizedBytes; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append(Reading(meter, OffGrid(now, i % 5_000), i));
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    /// <summary>Random bytes.</summary>
    public static byte[] Garbage(Random random)
    {
        var bytes = new byte[random.Next(16, 4096)];
        random.NextBytes(bytes);
        return bytes;
    }

    private static DateTimeOffset OffGrid(DateTimeOffset now, int second) =>
        new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero).AddSeconds(-second).AddMilliseconds(7);

    private static string Reading(string meter, DateTimeOffset ts, double value) => string.Create(
        CultureInfo.InvariantCulture,
        $"{{\"meter\":\"{meter}\",\"ts\":\"{ts.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"value\":{value},\"unit\":\"kWh\",\"kind\":\"counter\"}}");
}
