using System.Collections.Concurrent;
using InfluxDB.Client.Writes;
using ResourceMonitor.Worker.Messaging;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary>The rejection reporter's two outputs, recorded: the broker (publishes, optionally held) and the point sink (writes).</summary>
internal sealed class RecordingRejectionOutputs : IParkPublisher, IPointSink
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<string> Published { get; } = new();

    public ConcurrentQueue<int> Writes { get; } = new();

    public int StoredPoints => Writes.Sum();

    /// <summary>While true, publishes wait for <see cref="Release"/> or their cancellation.</summary>
    public bool Holding { get; init; }

    public void Release() => _released.TrySetResult();

    public async Task PublishAsync(string topic, ReadOnlyMemory<byte> payload, bool retain, CancellationToken cancellationToken)
    {
        if (Holding)
        {
            await _released.Task.WaitAsync(cancellationToken);
        }

        Published.Enqueue(topic);
    }

    public Task WriteAsync(IReadOnlyList<PointData> points, CancellationToken cancellationToken)
    {
        Writes.Enqueue(points.Count);
        return Task.CompletedTask;
    }
}
