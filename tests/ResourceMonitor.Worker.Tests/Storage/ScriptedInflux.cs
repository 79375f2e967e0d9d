using System.Collections.Concurrent;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Storage;

/// <summary>An InfluxDB stand-in: refuses lines containing "bad", keeps everything while down, stores the rest.</summary>
internal sealed class ScriptedInflux : IInfluxLineWriter
{
    public ConcurrentQueue<string> Stored { get; } = new();

    public volatile bool Down;

    public int Requests;

    public Task<WriteOutcome> WriteAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        if (Down)
        {
            return Task.FromResult(new WriteOutcome(WriteOutcomeKind.Kept, "down"));
        }

        if (batch.Lines.Any(l => l.Contains("bad", StringComparison.Ordinal)))
        {
            return Task.FromResult(new WriteOutcome(WriteOutcomeKind.Rejected, "400: field type conflict"));
        }

        foreach (var line in batch.Lines)
        {
            Stored.Enqueue(line);
        }

        return Task.FromResult(WriteOutcome.Accepted);
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(!Down);
}
