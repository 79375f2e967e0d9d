using Google.Protobuf;
using ResourceMonitor.Edge.Inputs.SparkplugB.Protocol;
using Metric = ResourceMonitor.Edge.Inputs.SparkplugB.Protocol.Payload.Types.Metric;

namespace ResourceMonitor.Edge.Tests.Inputs.SparkplugB;

/// <summary>Sparkplug B payloads encoded with the generated types, as an edge node would publish them.</summary>
internal static class SparkplugMessages
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    public static ulong Ms(DateTimeOffset t) => (ulong)t.ToUnixTimeMilliseconds();

    public static byte[] NodeBirth(long bdSeq, ulong seq, params Metric[] metrics)
    {
        var payload = new Payload { Timestamp = Ms(T0), Seq = seq };
        payload.Metrics.Add(new Metric { Name = "bdSeq", Timestamp = Ms(T0), Datatype = (uint)DataType.Int64, LongValue = (ulong)bdSeq });
        payload.Metrics.Add(new Metric { Name = "Node Control/Rebirth", Timestamp = Ms(T0), Datatype = (uint)DataType.Boolean, BooleanValue = false });
        payload.Metrics.Add(metrics);
        return payload.ToByteArray();
    }

    public static byte[] NodeDeath(long bdSeq)
    {
        var payload = new Payload { Timestamp = Ms(T0) };
        payload.Metrics.Add(new Metric { Name = "bdSeq", Datatype = (uint)DataType.Int64, LongValue = (ulong)bdSeq });
        return payload.ToByteArray();
    }

    public static byte[] Message(ulong seq, params Metric[] metrics)
    {
        var payload = new Payload { Timestamp = Ms(T0), Seq = seq };
        payload.Metrics.Add(metrics);
        return payload.ToByteArray();
    }

    /// <summary>A BIRTH definition: name, alias, data type and value.</summary>
    public static Metric Defined(string name, ulong alias, double value, DateTimeOffset at) =>
        new() { Name = name, Alias = alias, Timestamp = Ms(at), Datatype = (uint)DataType.Double, DoubleValue = value };

    /// <summary>A DATA metric by alias only, as the specification requires once aliases are in use.</summary>
    public static Metric ByAlias(ulong alias, double value, DateTimeOffset at) =>
        new() { Alias = alias, Timestamp = Ms(at), DoubleValue = value };
}
