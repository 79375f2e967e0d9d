using System.Globalization;

namespace ResourceMonitor.TestServices;

/// <summary>
/// nginx in front of InfluxDB 1.6 serving the <c>/api/v2/write</c> route of InfluxDB 1.8+ (docs/design.md §4), so the
/// production write path (InfluxDB.Client's write API) runs unchanged against a real database.
/// </summary>
public static class NginxWriteRoute
{
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
          client_max_body_size 64m;

          server {
            listen 127.0.0.1:{{listenPort}};

            location = /api/v2/write { rewrite ^ /write?db=$arg_bucket&precision=$arg_precision? break; proxy_pass http://127.0.0.1:{{influxPort}}; }
            location / { proxy_pass http://127.0.0.1:{{influxPort}}; }
          }
        }
        """);
}
