using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using Metric = ResourceMonitor.Edge.Inputs.SparkplugB.Protocol.Payload.Types.Metric;

namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>
/// One metric's reading: its number, its own timestamp (else the payload's), and its quality from the Sparkplug
/// <c>Quality</c> property (192 GOOD, 500 STALE → suspect, 0 BAD → no reading). A null metric (<c>is_null</c>) is a gap, and
/// a historical metric (<c>is_historical</c>, store and forward) must carry its own timestamp.
/// </summary>
/// <param name="Value">In the device's unit.</param>
/// <param name="Timestamp">When the value was captured; null when neither the metric nor the payload says.</param>
/// <param name="Quality">Good, or suspect for a STALE or unknown quality code.</param>
public sealed record SparkplugValue(double Value, DateTimeOffset? Timestamp, ReadingQuality Quality)
{
    /// <summary>The property key of the Sparkplug quality code.</summary>
    public const string QualityProperty = "Quality";

    /// <summary>Reads <paramref name="metric"/> of data type <paramref name="type"/> from a payload stamped <paramref name="payloadTimestamp"/> (ms), or says why there is no reading.</summary>
    public static bool TryRead(Metric metric, DataType type, ulong? payloadTimestamp, out SparkplugValue value, out string reason)
    {
        value = null!;
        if (metric.IsNull)
        {
            reason = "is null (is_null): a gap, no reading";
            return false;
        }

        var quality = QualityOf(metric, out reason);
        if (reason.Length > 0)
        {
            return false;
        }

        if (metric.IsHistorical && !metric.HasTimestamp)
        {
            reason = "is historical (is_historical) but has no timestamp of its own";
            return false;
        }

        if (!SparkplugNumber.TryRead(metric, type, out var number, out reason))
        {
            return false;
        }

        var ms = metric.HasTimestamp ? metric.Timestamp : payloadTimestamp;
        DateTimeOffset? timestamp = null;
        if (ms is { } stamp)
        {
            if (!MeterTime.TryFromUnix(stamp, milliseconds: true, out var at))
            {
                reason = $"has timestamp {stamp}, which is not a time in milliseconds since 1970";
                return false;
            }

            timestamp = at;
        }

        value = new SparkplugValue(number, timestamp, quality);
        return true;
    }

    private static ReadingQuality QualityOf(Metric metric, out string reason)
    {
        reason = string.Empty;
        var properties = metric.Properties;
        var index = properties?.Keys.IndexOf(QualityProperty) ?? -1;
        if (index < 0 || index >= properties!.Values.Count)
        {
            return ReadingQuality.Good;
        }

        var code = properties.Values[index] switch
        {
            { ValueCase: Payload.Types.PropertyValue.ValueOneofCase.IntValue } v => (long)(int)v.IntValue,
            { ValueCase: Payload.Types.PropertyValue.ValueOneofCase.LongValue } v => (long)v.LongValue,
            _ => -1,
        };
        switch (code)
        {
            case 192:
                return ReadingQuality.Good;
            case 0:
                reason = "has quality BAD (0): no reading";
                return ReadingQuality.Suspect;
            default:
                // 500 is STALE: the last known value, not a fresh measurement; an unknown code is no better.
                return ReadingQuality.Suspect;
        }
    }
}
