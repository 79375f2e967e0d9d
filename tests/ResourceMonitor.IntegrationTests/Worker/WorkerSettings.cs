using System.Globalization;
using ResourceMonitor.IntegrationTests.Infrastructure;
using ResourceMonitor.Worker.Api;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The configuration a test worker gets: its broker, its InfluxDB, its own state (spool, aggregation journal, sequence marks,
/// symbiosis snapshot, all under <c>spoolDirectory</c>) and client id, fast timings. Every state path must be per worker: a journal
/// shared through a relative default path replays another test's readings into this test's minutes.
/// </summary>
public static class WorkerSettings
{
    /// <summary>
    /// The admin key every test worker accepts (its hash is in the settings, under an index no test uses), so test helpers
    /// can read <c>/metrics</c>; tests of the API's rules use their own keys.
    /// </summary>
    public const string OperatorKey = "test-operator-key-0123456789abcdef0123456789";

    private const string OperatorKeyIndex = "Api:Keys:90:";

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
        ["Exchanges:JournalPath"] = Path.Combine(spoolDirectory, "exchanges", "journal.jsonl"),
        ["Symbiosis:WebhookDeadLetterPath"] = Path.Combine(spoolDirectory, "symbiosis", "webhook-dead-letter.jsonl"),
        ["Programme:InputsFile"] = Path.Combine(spoolDirectory, "programme", "inputs.json"),
        ["Storage:RequestTimeout"] = "00:00:02",
        ["Storage:RetryBaseDelay"] = "00:00:00.050",
        ["Storage:RetryMaxDelay"] = "00:00:00.200",
        ["Ingest:Parks:0"] = SamplePark.Id,
        ["Catalog:Path"] = SamplePark.CatalogPath,
        ["Catalog:AuditPath"] = Path.Combine(spoolDirectory, "catalog", "audit.jsonl"),
        ["Logging:LogLevel:Default"] = "Warning",
        [OperatorKeyIndex + "Hash"] = ApiKeyHash.Of(OperatorKey),
        [OperatorKeyIndex + "Scope"] = "admin",
        [OperatorKeyIndex + "Name"] = "test-operator",
    };

    /// <summary>An HTTP client that sends <see cref="OperatorKey"/>.</summary>
    public static HttpClient OperatorClient(TimeSpan? timeout = null)
    {
        var http = new HttpClient { Timeout = timeout ?? TimeSpan.FromSeconds(100) };
        http.DefaultRequestHeaders.Add("X-Api-Key", OperatorKey);
        return http;
    }
}
