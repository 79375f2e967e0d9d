namespace ResourceMonitor.TestServices;

/// <summary>
/// Finds the binaries that integration tests start. A missing binary fails the test with a message that names the
/// service and the package that installs it; it never skips, in CI (CI=true) or on a developer's machine.
/// </summary>
public static class RequiredService
{
    /// <summary>Mosquitto broker.</summary>
    public static string Mosquitto => Find("mosquitto", "mosquitto", "/usr/sbin/mosquitto", "/usr/bin/mosquitto");

    /// <summary>Mosquitto's command-line publisher.</summary>
    public static string MosquittoPub => Find("mosquitto_pub", "mosquitto-clients", "/usr/bin/mosquitto_pub");

    /// <summary>Mosquitto's command-line subscriber.</summary>
    public static string MosquittoSub => Find("mosquitto_sub", "mosquitto-clients", "/usr/bin/mosquitto_sub");

    /// <summary>Mosquitto's password file tool.</summary>
    public static string MosquittoPasswd => Find("mosquitto_passwd", "mosquitto", "/usr/bin/mosquitto_passwd");

    /// <summary>InfluxDB 1.x server.</summary>
    public static string Influxd => Find("influxd", "influxdb", "/usr/bin/influxd");

    /// <summary>nginx, which serves the <c>/api/v2/write</c> route in front of InfluxDB 1.x.</summary>
    public static string Nginx => Find("nginx", "nginx-light", "/usr/sbin/nginx");

    /// <summary>Returns the first existing candidate path, else fails with the service name and how to install it.</summary>
    public static string Find(string service, string debianPackage, params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, service))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        var where = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
            ? "CI (CI=true)"
            : "this machine";
        throw new InvalidOperationException(
            $"Required service '{service}' is not installed on {where} (looked in {string.Join(", ", candidates)} and PATH). " +
            $"Install it with `apt-get install -y {debianPackage}` or run scripts/test, which installs every test dependency.");
    }
}
