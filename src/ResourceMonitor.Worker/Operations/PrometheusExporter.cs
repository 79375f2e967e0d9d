using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Worker.Operations;

/// <summary>
/// Renders the worker's <see cref="WorkerMetrics.Meter"/> and <see cref="StageMetrics.Meter"/> in the Prometheus text exposition format (version 0.0.4):
/// counters as <c>_total</c>, histograms with fixed buckets, observable gauges read at scrape time.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] SecondsBuckets = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600];
    private static readonly double[] CountBuckets = [1, 10, 100, 500, 1000, 5000, 10000, 50000, 100000];
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> _series = new();
    private readonly Lock _scrape = new();

    public PrometheusExporter(WorkerMetrics metrics, StageMetrics stages)
    {
        var meters = new[] { metrics.Meter, stages.Meter };
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (meters.Contains(instrument.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The exposition text.</summary>
    public string Render()
    {
        var text = new StringBuilder(4096);
        lock (_scrape)
        {
            _listener.RecordObservableInstruments();
            foreach (var (instrument, series) in _series.OrderBy(kv => kv.Key.Name, StringComparer.Ordinal))
            {
                series.Render(instrument, text);
            }
        }

        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = _series.GetOrAdd(instrument, static i => new InstrumentSeries(Kind(i), i.Unit == "s" ? SecondsBuckets : CountBuckets));
        series.Record(Labels(tags), value);
    }

    private static InstrumentKind Kind(Instrument instrument) => instrument switch
    {
        Counter<long> or Counter<int> or Counter<double> => InstrumentKind.Counter,
        Histogram<long> or Histogram<int> or Histogram<double> => InstrumentKind.Histogram,
        _ => InstrumentKind.Gauge,
    };

    private static string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>(tags.Length);
        foreach (var tag in tags)
        {
            var value = Convert.ToString(tag.Value, CultureInfo.InvariantCulture) ?? string.Empty;
            parts.Add($"{tag.Key}=\"{value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)}\"");
        }

        parts.Sort(StringComparer.Ordinal);
        return string.Join(',', parts);
    }
}
