using System.Globalization;
using System.Text;

namespace ResourceMonitor.Worker.Operations;

/// <summary>One label set's value: a sum (counter), the last value (gauge), or bucket counts (histogram).</summary>
internal sealed class SeriesValue(int bucketCount)
{
    private readonly long[] _buckets = new long[bucketCount];
    private readonly Lock _lock = new();
    private long _count;

    public double Sum { get; private set; }

    public void Record(InstrumentKind kind, double value, double[] bounds)
    {
        lock (_lock)
        {
            switch (kind)
            {
                case InstrumentKind.Gauge:
                    Sum = value;
                    break;
                case InstrumentKind.Counter:
                    Sum += value;
                    break;
                default:
                    Sum += value;
                    _count++;
                    var index = Array.FindIndex(bounds, b => value <= b);
                    if (index >= 0)
                    {
                        _buckets[index]++;
                    }

                    break;
            }
        }
    }

    public void RenderHistogram(string name, string labels, double[] bounds, StringBuilder text)
    {
        lock (_lock)
        {
            var prefix = labels.Length == 0 ? string.Empty : labels + ",";
            long cumulative = 0;
            for (var i = 0; i < bounds.Length; i++)
            {
                cumulative += _buckets[i];
                text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{prefix}le=\"{InstrumentSeries.Format(bounds[i])}\"}} {cumulative}\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"{name}_bucket{{{prefix}le=\"+Inf\"}} {_count}\n");
            text.Append(CultureInfo.InvariantCulture, $"{name}_sum{InstrumentSeries.Braces(labels)} {InstrumentSeries.Format(Sum)}\n");
            text.Append(CultureInfo.InvariantCulture, $"{name}_count{InstrumentSeries.Braces(labels)} {_count}\n");
        }
    }
}
