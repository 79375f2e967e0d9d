namespace ResourceMonitor.Contracts.Codec;

/// <summary>The JSON field names of the v1 contract, in one place.</summary>
internal static class JsonFields
{
    public const string Version = "v";
    public const string Agent = "agent";
    public const string Batch = "batch";
    public const string Readings = "readings";
    public const string Meter = "meter";
    public const string Timestamp = "ts";
    public const string Value = "value";
    public const string Unit = "unit";
    public const string Kind = "kind";
    public const string Quality = "quality";
    public const string State = "state";
    public const string AgentVersion = "version";
    public const string Topic = "topic";
    public const string Accepted = "accepted";
    public const string Rejections = "rejections";
    public const string Reason = "reason";
    public const string Detail = "detail";
    public const string Path = "path";
    public const string Sequence = "seq";
    public const string Log = "log";
    public const string First = "first";
    public const string Last = "last";
    public const string Released = "released";
}
