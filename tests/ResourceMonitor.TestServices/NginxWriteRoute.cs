using System.Globalization;

namespace ResourceMonitor.TestServices;

/// <summary>
/// nginx in front of InfluxDB 1.6 serving the <c>/api/v2/write</c> route of InfluxDB 1.8+ (docs/design.md §4), so the
/// production write path (InfluxDB.Client's write API) runs unchanged against a real database. The server block is the
/// shipped <c>deploy/influxdb-1x/nginx-write-route.conf</c> with the test's ports: what users install is what the tests run.
/// </summary>
public static class NginxWriteRoute
{
    /// <summary>The shipped route, relative to the repository root.</summary>
    public const string ShippedFile = "deploy/influxdb-1x/nginx-write-route.conf";

    /// <summary>The shipped server block with <paramref name="listenPort"/> and <paramref name="influxPort"/> in place of 8087 and 8086.</summary>
    public static string ServerBlock(int listenPort, int influxPort)
    {
        var shipped = File.ReadAllText(RepositoryFiles.Path(ShippedFile));
        var block = shipped[shipped.IndexOf("server {", StringComparison.Ordinal)..];
        return block
            .Replace("listen 127.0.0.1:8087;", string.Create(CultureInfo.InvariantCulture, $"listen 127.0.0.1:{listenPort};"), StringComparison.Ordinal)
            .Replace("http://127.0.0.1:8086;", string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{influxPort};"), StringComparison.Ordinal);
    }

    /// <summary>Renders nginx.conf for a foreground nginx whose pid, logs and temp files all live in <paramref name="directory"/>.</summary>
    public static string Render(string directory, int listenPort, int influxPort, bool runningAsRoot) => string.Create(CultureInfo.InvariantCulture, $$"""
        daemon off;
        {{(runningAsRoot ? "user root;" : string.Empty)}}
        worker_processes 1;
        pid {{directory}}/nginx.pid;
        error_log {{directory}}/error.log warn;

        events {
          worker_connections 256;
        }

        http {
          access_log off;
          client_body_temp_path {{directory}}/client_body;
          proxy_temp_path {{directory}}/proxy;
          fastcgi_temp_path {{directory}}/fastcgi;
          uwsgi_temp_path {{directory}}/uwsgi;
          scgi_temp_path {{directory}}/scgi;

        {{ServerBlock(listenPort, influxPort)}}
        }
        """);
}
