using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Operations;

/// <summary>The values of one instrument per label set, and their Prometheus text.</summary>
internal sealed class InstrumentSeries(InstrumentKind kind, double[] buckets)
{
    private readonly ConcurrentDictionary<string, SeriesValue> _values = new(StringComparer.Ordinal);

    public void Record(string labels, double value) => _values.GetOrAdd(labels, _ => new SeriesValue(buckets.Length)).Record(kind, value, buckets);

    public void Render(Instrument instrument, StringBuilder text)
    {
        var name = kind == InstrumentKind.Counter ? $"{instrument.Name}_total" : instrument.Name;
        var type = kind switch { InstrumentKind.Counter => "counter", InstrumentKind.Histogram => "histogram", _ => "gauge" };
        text.Append(CultureInfo.InvariantCulture, $"# HELP {name} {instrument.Description}\n# TYPE {name} {type}\n");
        foreach (var (labels, value) in _values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (kind == InstrumentKind.Histogram)
            {
                value.RenderHistogram(instrument.Name, labels, buckets, text);
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"{name}{Braces(labels)} {Format(value.Sum)}\n");
            }
        }
    }

    internal static string Braces(string labels) => labels.Length == 0 ? string.Empty : $"{{{labels}}}";

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
