using System.Globalization;
using System.Text;

namespace ResourceMonitor.LoadTest;

/// <summary>
/// The run's one table (Markdown, for docs/performance.md): per row the median readings/s with the range over repetitions,
/// the ratios to the two ceilings (median of each repetition's own ratio: measured side by side), CPU of the measured
/// process (the worker, the edge agent) and readings/s per core, its peak RSS and latency.
/// </summary>
public static class ResultTable
{
    /// <summary>Renders the table.</summary>
    public static string Render(IReadOnlyList<IReadOnlyList<Measurement>> repetitions, LoadOptions options, SyntheticPark park, double loadAverage)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"{options.Readings:N0} readings of {park} (batches of {options.BatchSize}; Mosquitto alone: {options.BrokerBatchSize}; InfluxDB alone: {options.InfluxLinesPerRequest:N0} lines a request), {options.Publishers} publishers, QoS 1, median of {repetitions.Count} interleaved repetitions, load average {loadAverage:F1} at the start");
        text.AppendLine();
        text.AppendLine("| what | readings/s (min–max) | × InfluxDB alone | × Mosquitto alone | CPU (cores) | readings/s per core | peak RSS | publish → stored p50 / p99 (at readings/s) |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var what in repetitions[0].Select(m => m.What))
        {
            var rows = repetitions.Select(r => (Row: r.Single(m => m.What == what), Influx: r[0].ReadingsPerSecond, Broker: r[1].ReadingsPerSecond)).ToArray();
            var rates = rows.Select(r => r.Row.ReadingsPerSecond).ToArray();
            text.Append(invariant, $"| {what} | {Median(rates):N0} ({rates.Min():N0}–{rates.Max():N0}) ");
            text.Append(invariant, $"| {Median(rows.Select(r => r.Row.ReadingsPerSecond / r.Influx)):F2} | {Median(rows.Select(r => r.Row.ReadingsPerSecond / r.Broker)):F2} ");
            text.Append(Optional(rows.Select(r => r.Row.CpuCores), "F2"));
            text.Append(Optional(rows.Select(r => r.Row.ReadingsPerSecond / r.Row.CpuCores), "N0"));
            text.Append(Optional(rows.Select(r => r.Row.PeakRssMegabytes), "F0", " MB"));
            var p50 = rows.Select(r => r.Row.LatencyP50?.TotalMilliseconds).ToArray();
            if (p50.All(p => p is not null))
            {
                text.Append(invariant, $"| {Median(p50.Select(p => p!.Value)):F0} ms / {Median(rows.Select(r => r.Row.LatencyP99!.Value.TotalMilliseconds)):F0} ms (at {Median(rows.Select(r => r.Row.LatencyRate!.Value)):N0}) |");
            }
            else
            {
                text.Append("| |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Optional(IEnumerable<double?> values, string format, string unit = "")
    {
        var list = values.ToArray();
        return list.All(v => v is not null)
            ? string.Create(CultureInfo.InvariantCulture, $"| {Median(list.Select(v => v!.Value)).ToString(format, CultureInfo.InvariantCulture)}{unit} ")
            : "| ";
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
