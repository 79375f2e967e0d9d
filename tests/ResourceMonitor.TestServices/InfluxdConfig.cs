using System.Globalization;

namespace ResourceMonitor.TestServices;

/// <summary>
/// The influxd 1.x configuration for one test instance: its own directories, its HTTP API on a free loopback port,
/// every other listener (graphite, collectd, opentsdb, udp) off and the RPC bind-address (default :8088) moved to a free port.
/// </summary>
public static class InfluxdConfig
{
    /// <summary>Renders influxd.toml.</summary>
    public static string Render(string directory, int httpPort, int rpcPort) => string.Create(CultureInfo.InvariantCulture, $"""
        reporting-disabled = true
        bind-address = "127.0.0.1:{rpcPort}"

        [meta]
          dir = "{directory}/meta"
          logging-enabled = false

        [data]
          dir = "{directory}/data"
          wal-dir = "{directory}/wal"
          wal-fsync-delay = "0s"
          index-version = "inmem"
          query-log-enabled = false
          trace-logging-enabled = false

        [coordinator]
          log-queries-after = "0s"

        [retention]
          enabled = false

        [shard-precreation]
          enabled = false

        [monitor]
          store-enabled = false

        [http]
          enabled = true
          bind-address = "127.0.0.1:{httpPort}"
          auth-enabled = false
          log-enabled = false
          write-tracing = false
          pprof-enabled = false
          max-body-size = 0

        [logging]
          level = "warn"
          suppress-logo = true

        [subscriber]
          enabled = false

        [[graphite]]
          enabled = false

        [[collectd]]
          enabled = false

        [[opentsdb]]
          enabled = false

        [[udp]]
          enabled = false

        [continuous_queries]
          enabled = false
        """);
}
