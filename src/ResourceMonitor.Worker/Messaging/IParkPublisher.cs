namespace ResourceMonitor.Worker.Messaging;

/// <summary>Publishes the worker's own messages (rejections, opportunities, alerts) to the park broker, QoS 1.</summary>
public interface IParkPublisher
{
    /// <summary>Publishes <paramref name="payload"/> on <paramref name="topic"/>; completes when the broker acknowledged it.</summary>
    Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain, CancellationToken cancellationToken);
}
