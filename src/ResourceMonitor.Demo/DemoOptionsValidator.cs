using System.Net;
using System.Net.Sockets;

namespace ResourceMonitor.Demo;

/// <summary>
/// Checks the demo's settings before anything starts, so a typo is one line naming the key and the fix, not a stack trace
/// after the broker and the worker have started (issue 17). Ports are also tried: a port another program holds (Debian's
/// <c>mosquitto</c> service on 1883 is the usual one) is named with the option that moves the demo elsewhere.
/// </summary>
public static class DemoOptionsValidator
{
    /// <summary>Binds the <c>Demo</c> section; a value that is not of the option's type is an error naming the key.</summary>
    public static DemoOptions? Bind(IConfiguration configuration, out IReadOnlyList<string> errors)
    {
        try
        {
            var options = configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
            errors = Validate(options);
            return errors.Count == 0 ? options : null;
        }
        catch (InvalidOperationException ex)
        {
            // The binder names the key and the type ("Failed to convert configuration value at 'Demo:HttpPort' to type 'System.Int32'").
            errors = [$"{ex.Message.TrimEnd('.')}: give a value of that type, e.g. --Demo:HttpPort=5081 or --Demo:ReadingInterval=00:00:10"];
            return null;
        }
    }

    /// <summary>Every problem of <paramref name="options"/>, each naming the key and the fix; empty when they can run.</summary>
    public static IReadOnlyList<string> Validate(DemoOptions options)
    {
        var errors = new List<string>();
        Port(options.BrokerPort, nameof(DemoOptions.BrokerPort), errors);
        Port(options.HttpPort, nameof(DemoOptions.HttpPort), errors);
        if (options.BrokerPort != 0 && options.BrokerPort == options.HttpPort)
        {
            errors.Add($"Demo:BrokerPort and Demo:HttpPort are both {options.BrokerPort}: give them different ports");
        }

        if (options.ReadingInterval <= TimeSpan.Zero)
        {
            errors.Add($"Demo:ReadingInterval is {options.ReadingInterval}; it must be positive, e.g. --Demo:ReadingInterval=00:00:10");
        }

        if (options.Backfill < TimeSpan.Zero)
        {
            errors.Add($"Demo:Backfill is {options.Backfill}; give 0 for none or a positive span, e.g. --Demo:Backfill=22.00:00:00");
        }

        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add("Demo:DataDirectory is empty: give a directory for the demo's state, e.g. --Demo:DataDirectory=.demo");
        }

        if (!Uri.TryCreate(options.InfluxUrl, UriKind.Absolute, out var influx) || (influx.Scheme != Uri.UriSchemeHttp && influx.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"Demo:InfluxUrl '{options.InfluxUrl}' is not an http(s) URL, e.g. --Demo:InfluxUrl=http://127.0.0.1:8086");
        }

        return errors;
    }

    private static void Port(int port, string name, List<string> errors)
    {
        if (port is < 0 or > IPEndPoint.MaxPort)
        {
            errors.Add($"Demo:{name} is {port}, not a port: give 1-{IPEndPoint.MaxPort}, or 0 for a free one");
        }
        else if (port != 0 && !IsFree(port))
        {
            errors.Add($"127.0.0.1:{port} (Demo:{name}) is in use by another program{(port == 1883 ? " (Debian's mosquitto service?)" : string.Empty)}: " +
                $"stop it or run the demo with --Demo:{name}={Suggest(port)} (0 picks a free port)");
        }
    }

    private static int Suggest(int port) => port < IPEndPoint.MaxPort ? port + 1 : port - 1;

    private static bool IsFree(int port)
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            probe.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
