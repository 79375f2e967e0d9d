namespace ResourceMonitor.Edge.Cli;

/// <summary>One message of a <c>map --messages</c> file.</summary>
/// <param name="Line">Its line number in the file (1-based).</param>
/// <param name="Topic">The local topic.</param>
/// <param name="Payload">The payload bytes as the device published them.</param>
/// <param name="ReceivedAt">When it was received, if the line says so.</param>
public sealed record LocalMessage(int Line, string Topic, byte[] Payload, DateTimeOffset? ReceivedAt);
