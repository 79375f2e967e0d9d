namespace ResourceMonitor.DurableLog;

/// <summary>Disk bytes a record takes, for layers that check room before they have the value (the quota counts these bytes).</summary>
public static class LogRecordSize
{
    /// <summary>The size on disk of a record whose payload has <paramref name="payloadBytes"/> bytes.</summary>
    public static int Of(int payloadBytes) => RecordFrame.MaxSize(payloadBytes);
}
