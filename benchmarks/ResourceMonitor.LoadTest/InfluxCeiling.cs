using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.TestServices;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// InfluxDB alone: the workload's readings as the worker's own line protocol, gzip'd, <c>linesPerRequest</c> lines a request,
/// one request at a time, through the same nginx <c>/api/v2/write</c> route. Bodies are built and compressed before the clock
/// starts, so this measures InfluxDB (and the route), not this tool.
/// </summary>
public static class InfluxCeiling
{
    /// <summary>Writes <paramref name="messages"/> and returns readings/s; fails unless InfluxDB then holds every one.</summary>
    public static async Task<Measurement> MeasureAsync(SyntheticPark park, IReadOnlyList<WorkloadMessage> messages, int linesPerRequest, CancellationToken cancellationToken)
    {
        var lines = ToLines(park, messages);
        var bodies = lines.Chunk(linesPerRequest).Select(Gzip).ToArray();
        await using var influx = await InfluxInstance.StartNewAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(1) };
        var url = new Uri(influx.Url, $"/api/v2/write?bucket={influx.Bucket}&org={influx.Organization}&precision=ms");
        var clock = Stopwatch.StartNew();
        foreach (var body in bodies)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentEncoding.Add("gzip");
            content.Headers.ContentType = new MediaTypeHeaderValue("text/plain") { CharSet = "utf-8" };
            using var response = await http.PostAsync(url, content, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"InfluxDB answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }
        }

        var elapsed = clock.Elapsed;
        await StoredReadings.ExpectAsync(influx, lines.Length);
        return new Measurement("InfluxDB alone", lines.Length / elapsed.TotalSeconds);
    }

    private static string[] ToLines(SyntheticPark park, IReadOnlyList<WorkloadMessage> messages)
    {
        var codec = new ReadingBatchCodec();
        return messages.SelectMany(message =>
        {
            var plant = message.Topic.Split('/')[3];
            var batch = codec.Decode(message.Payload).Batch ?? throw new InvalidOperationException("The workload encoded a batch its own codec refuses.");
            return batch.Readings.Select(r => ReadingPoint.Line(park.Id, plant, new AdmittedReading(r, "electricity")));
        }).ToArray();
    }

    private static byte[] Gzip(string[] lines)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
        }

        return buffer.ToArray();
    }
}
