using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The configuration a test worker gets: its broker, its InfluxDB, its own state (spool, aggregation journal, sequence marks,
/// symbiosis snapshot, all under <c>spoolDirectory</c>) and client id, fast timings. Every state path must be per worker: a journal
/// shared through a relative default path replays another test's readings into this test's minutes.
/// </summary>
public static class WorkerSettings
{
    /// <summary>Key/value settings (the same keys as appsettings.json) for a worker against <paramref name="broker"/> and <paramref name="influx"/>.</summary>
    public static Dictionary<string, string?> For(MosquittoInstance broker, InfluxInstance influx, string spoolDirectory, string clientId) => new()
    {
        ["Urls"] = "http://127.0.0.1:0",
        ["Broker:Host"] = broker.Host,
        ["Broker:Port"] = broker.Port.ToString(CultureInfo.InvariantCulture),
        ["Broker:ClientId"] = clientId,
        ["Broker:ReconnectMinDelay"] = "00:00:00.100",
        ["Broker:ReconnectMaxDelay"] = "00:00:01",
        ["Storage:Url"] = influx.Url.ToString(),
        ["Storage:Token"] = influx.Token,
        ["Storage:Bucket"] = influx.Bucket,
        ["Storage:Organization"] = influx.Organization,
        ["Storage:SpoolDirectory"] = spoolDirectory,
        ["Aggregation:JournalDirectory"] = Path.Combine(spoolDirectory, "aggregation"),
        ["Ingest:SequenceMarksFile"] = Path.Combine(spoolDirectory, "ingest", "sequence-marks.json"),
        ["Symbiosis:SnapshotPath"] = Path.Combine(spoolDirectory, "symbiosis", "snapshot.json"),
        ["Symbiosis:WebhookDeadLetterPath"] = Path.Combine(spoolDirectory, "symbiosis", "webhook-dead-letter.jsonl"),
        ["Storage:RequestTimeout"] = "00:00:02",
        ["Storage:RetryBaseDelay"] = "00:00:00.050",
        ["Storage:RetryMaxDelay"] = "00:00:00.200",
        ["Ingest:Parks:0"] = SamplePark.Id,
        ["Catalog:Path"] = SamplePark.CatalogPath,
        ["Logging:LogLevel:Default"] = "Warning",
    };
}
