using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Buffer;

namespace ResourceMonitor.Benchmarks.Edge;

/// <summary>
/// The edge agent's disk buffer: readings/s appended in groups (one fsync per group, as the ingest pipeline does) and
/// replayed after an outage (read in batches of 500 and released after each batch, one fsynced checkpoint per batch, as the
/// forwarder does on PUBACK). Results are per reading (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class ReadingLogBenchmarks
{
    private const int Readings = 20_000;
    private const int Batch = 500;

    private List<Reading> _group = [];
    private string _directory = string.Empty;
    private ReadingLog? _log;

    /// <summary>Readings per append group (one fsync each).</summary>
    [Params(10, 500)]
    public int GroupSize { get; set; }

    /// <summary>fsync after each group (the default) or leave it to the OS.</summary>
    [Params(true, false)]
    public bool FlushToDisk { get; set; }

    /// <summary>A fresh buffer per iteration.</summary>
    [IterationSetup(Target = nameof(Append))]
    public void SetupAppend()
    {
        Open();
        _group = MakeReadings(GroupSize);
    }

    /// <summary>A buffer holding <see cref="Readings"/> readings to replay.</summary>
    [IterationSetup(Target = nameof(Replay))]
    public void SetupReplay()
    {
        Open();
        var all = MakeReadings(Batch);
        for (var i = 0; i < Readings / Batch; i++)
        {
            _log!.Append(all);
        }
    }

    /// <summary>Removes the iteration's buffer.</summary>
    [IterationCleanup]
    public void Cleanup()
    {
        _log?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Appends <see cref="Readings"/> readings in groups of <see cref="GroupSize"/>.</summary>
    [Benchmark(OperationsPerInvoke = Readings)]
    public long Append()
    {
        long last = 0;
        for (var appended = 0; appended < Readings; appended += GroupSize)
        {
            last = _log!.Append(_group).LastSequence;
        }

        return last;
    }

    /// <summary>Reads and releases every buffered reading in forwarder-sized batches.</summary>
    [Benchmark(OperationsPerInvoke = Readings)]
    public long Replay()
    {
        long released = 0;
        while (_log!.Read(_log.Checkpoint + 1, Batch) is { Count: > 0 } batch)
        {
            _log.Release(batch[^1].Sequence);
            released += batch.Count;
        }

        return released;
    }

    private void Open()
    {
        _directory = Directory.CreateTempSubdirectory("rm-bench-buffer-").FullName;
        _log = ReadingLog.Open(new BufferOptions { Directory = _directory, FlushToDisk = FlushToDisk, QuotaBytes = 1L << 32 }, NullLogger.Instance);
    }

    private static List<Reading> MakeReadings(int count)
    {
        var t0 = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, count).Select(i => new Reading("grid-power-" + (i % 8), t0.AddSeconds(i), 1000 + i, "kWh", ReadingKind.Counter)).ToList();
    }
}
