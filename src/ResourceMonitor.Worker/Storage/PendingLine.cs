using InfluxDB.Client.Api.Domain;

namespace ResourceMonitor.Worker.Storage;

/// <summary>One line on its way to InfluxDB, with the request it belongs to (set once the request exists).</summary>
internal sealed record PendingLine(string Text, WritePrecision Precision)
{
    public WriteRequest? Owner { get; set; }
}
