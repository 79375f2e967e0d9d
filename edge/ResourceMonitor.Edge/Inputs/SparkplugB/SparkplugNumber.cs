using System.Globalization;
using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using Metric = ResourceMonitor.Edge.Inputs.SparkplugB.Protocol.Payload.Types.Metric;

namespace ResourceMonitor.Edge.Inputs.SparkplugB;

/// <summary>
/// Reads a metric's value as a number by its Sparkplug data type: the integer types (Int8..Int64 travel as two's complement
/// in uint32/uint64), Float and Double. Every other type is refused with a reason: Boolean is a state, not a quantity with a
/// unit; String, Text, DateTime, arrays, DataSet, Template and the rest are not one number.
/// </summary>
public static class SparkplugNumber
{
    /// <summary>The value of <paramref name="metric"/> read as <paramref name="type"/>, or why it cannot be.</summary>
    public static bool TryRead(Metric metric, DataType type, out double value, out string reason)
    {
        value = 0;
        reason = string.Empty;
        var expected = type switch
        {
            DataType.Int8 or DataType.Int16 or DataType.Int32 or DataType.Uint8 or DataType.Uint16 or DataType.Uint32 => Metric.ValueOneofCase.IntValue,
            DataType.Int64 or DataType.Uint64 => Metric.ValueOneofCase.LongValue,
            DataType.Float => Metric.ValueOneofCase.FloatValue,
            DataType.Double => Metric.ValueOneofCase.DoubleValue,
            _ => Metric.ValueOneofCase.None,
        };
        if (expected == Metric.ValueOneofCase.None)
        {
            reason = type == DataType.Boolean
                ? "is a Boolean: a state, not a quantity with a unit; map a numeric metric (Int8..UInt64, Float, Double)"
                : $"has data type {Name(type)}, which is not a number; map a numeric metric (Int8..UInt64, Float, Double)";
            return false;
        }

        if (metric.ValueCase != expected)
        {
            reason = $"is declared {Name(type)} but carries {(metric.ValueCase == Metric.ValueOneofCase.None ? "no value" : metric.ValueCase.ToString())}";
            return false;
        }

        value = type switch
        {
            DataType.Int8 => (sbyte)metric.IntValue,
            DataType.Int16 => (short)metric.IntValue,
            DataType.Int32 => (int)metric.IntValue,
            DataType.Int64 => (long)metric.LongValue,
            DataType.Uint64 => metric.LongValue,
            DataType.Float => Widen(metric.FloatValue),
            DataType.Double => metric.DoubleValue,
            _ => metric.IntValue,
        };
        if (!double.IsFinite(value))
        {
            reason = $"is {value}, not a finite number";
            return false;
        }

        return true;
    }

    /// <summary>The specification's spelling of a data type (UInt32, not Uint32).</summary>
    public static string Name(DataType type) =>
        typeof(DataType).GetField(type.ToString())?.GetCustomAttributes(typeof(Google.Protobuf.Reflection.OriginalNameAttribute), false)
            .OfType<Google.Protobuf.Reflection.OriginalNameAttribute>().FirstOrDefault()?.Name ?? ((int)type).ToString(CultureInfo.InvariantCulture);

    // 12.1f is 12.1000003814697 as a double; the shortest text that round-trips the float gives back the 12.1 the device meant.
    private static double Widen(float value) =>
        float.IsFinite(value) ? double.Parse(value.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : value;
}
