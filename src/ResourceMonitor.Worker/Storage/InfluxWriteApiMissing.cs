namespace ResourceMonitor.Worker.Storage;

/// <summary>
/// What a 404 from <c>/api/v2/write</c> means and what to do about it (issue 17): InfluxDB before 1.8 (Debian 12 installs
/// 1.6) has no v2 write API and answers "404 page not found"; InfluxDB 2.x answers 404 for a bucket that does not exist.
/// </summary>
public static class InfluxWriteApiMissing
{
    /// <summary>The advice for a 404 whose body is <paramref name="message"/>, from InfluxDB at <paramref name="url"/>.</summary>
    public static string Advice(string url, string message) =>
        message.Contains("bucket", StringComparison.OrdinalIgnoreCase)
            ? $"InfluxDB at {url} answered 404 to /api/v2/write: {message}. Create the bucket or fix Storage:Bucket (the demo: --Demo:InfluxBucket); readings are kept in the spool meanwhile."
            : $"InfluxDB at {url} answered 404 to /api/v2/write: it has no v2 write API, so it is older than 1.8 (Debian 12 installs 1.6). " +
              "Use InfluxDB 1.8 or newer, 2.x or 3.x; or serve the route of deploy/influxdb-1x/nginx-write-route.conf in front of it and point Storage:Url " +
              "(the demo: --Demo:InfluxUrl) at that route (docs/deploy.md, \"InfluxDB 1.x\"). Readings are kept in the spool meanwhile.";
}
