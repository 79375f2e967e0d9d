using System.Collections.Concurrent;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Storage;

/// <summary>
/// An InfluxDB stand-in: refuses lines containing "bad", keeps everything while down, hangs (until released or cancelled)
/// while hanging, throws while broken (a bug in the line writer), stores the rest. Records every request's batch and the
/// most requests it ever had in flight at once.
/// </summary>
internal sealed class ScriptedInflux : IInfluxLineWriter
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _hang = NewGate();
    private int _inFlight;

    public ConcurrentQueue<string> Stored { get; } = new();

    public ConcurrentQueue<LineBatch> Requested { get; } = new();

    public volatile bool Down;

    public volatile bool Broken;

    /// <summary>Requests of more lines than this get no answer in time (kept, timed out), like a busy InfluxDB.</summary>
    public volatile int TimeoutAbove = int.MaxValue;

    public int Requests;

    public int MaxInFlight;

    /// <summary>While true, requests wait until <see cref="Release"/> (then answer as usual) or their cancellation.</summary>
    public bool Hanging { get; set; }

    public void Release()
    {
        lock (_lock)
        {
            Hanging = false;
            _hang.TrySetResult();
            _hang = NewGate();
        }
    }

    public async Task<WriteOutcome> WriteAsync(LineBatch batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Requests);
        Requested.Enqueue(batch);
        var inFlight = Interlocked.Increment(ref _inFlight);
        lock (_lock)
        {
            MaxInFlight = Math.Max(MaxInFlight, inFlight);
        }

        try
        {
            Task gate;
            lock (_lock)
            {
                gate = Hanging ? _hang.Task : Task.CompletedTask;
            }

            await gate.WaitAsync(cancellationToken);
            return Answer(batch);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    public Task<bool> PingAsync(CancellationToken cancellationToken) => Task.FromResult(!Down);

    private WriteOutcome Answer(LineBatch batch)
    {
        if (Broken)
        {
            throw new InvalidOperationException("scripted bug in the line writer");
        }

        if (Down)
        {
            return new WriteOutcome(WriteOutcomeKind.Kept, "down");
        }

        if (batch.Lines.Count > TimeoutAbove)
        {
            return new WriteOutcome(WriteOutcomeKind.Kept, "no answer within 00:00:03 (Storage:RequestTimeout)", TimedOut: true);
        }

        if (batch.Lines.Any(l => l.Contains("bad", StringComparison.Ordinal)))
        {
            return new WriteOutcome(WriteOutcomeKind.Rejected, "400: field type conflict");
        }

        foreach (var line in batch.Lines)
        {
            Stored.Enqueue(line);
        }

        return WriteOutcome.Accepted;
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
