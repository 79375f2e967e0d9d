using InfluxDB.Client.Api.Domain;

namespace ResourceMonitor.Worker.Storage;

/// <summary>One line on its way to InfluxDB, with its position in its caller's write and the request it belongs to (set once the request exists).</summary>
internal sealed record PendingLine(string Text, WritePrecision Precision, int Index)
{
    public WriteRequest? Owner { get; set; }
}
