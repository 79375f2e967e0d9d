using System.Globalization;

namespace ResourceMonitor.LoadTest;

/// <summary>CPU time and peak resident memory of a process, from Linux's /proc (no sampling: the kernel keeps both).</summary>
public static class ProcessUsage
{
    private const double ClockTicksPerSecond = 100; // USER_HZ, 100 on every Linux ABI .NET runs on

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // Fields after the command name (which may hold spaces) start after the last ')'; utime and stime are the 14th and 15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / ClockTicksPerSecond);
    }

    /// <summary>The process's peak resident set size so far (VmHWM), in bytes.</summary>
    public static long PeakRssBytes(int pid) => StatusKilobytes(pid, "VmHWM:") * 1024;

    /// <summary>The process's resident set size now (VmRSS), in bytes.</summary>
    public static long RssBytes(int pid) => StatusKilobytes(pid, "VmRSS:") * 1024;

    /// <summary>The 1-minute load average of the machine.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static long StatusKilobytes(int pid, string key)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }
}
