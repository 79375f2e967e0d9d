using System.Diagnostics.Metrics;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Operations;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Storage;

public sealed class PointWriterTests : IAsyncLifetime
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-writer-test-");
    private readonly ScriptedInflux _influx = new();
    private readonly TestMeterFactory _meters = new();
    private PointWriter _writer = null!;

    public async Task InitializeAsync()
    {
        var options = Options.Create(new StorageOptions
        {
            SpoolDirectory = _dir.FullName,
            Linger = TimeSpan.FromMilliseconds(5),
            RetryBaseDelay = TimeSpan.FromMilliseconds(20),
            RetryMaxDelay = TimeSpan.FromMilliseconds(20),
            BatchSize = 100,
        });
        _writer = new PointWriter(_influx, options, TimeProvider.System, new WorkerMetrics(_meters), new TestStages().Supervisor, new TestStages().Registry, NullLogger<PointWriter>.Instance);
        await _writer.StartAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _writer.StopAsync(CancellationToken.None);
        _writer.Dispose();
        _meters.Dispose();
        _dir.Delete(recursive: true);
    }

    private static PointData Point(string meter, int ms) =>
        PointData.Measurement("reading").Tag("meter", meter).Field("value", (double)ms).Timestamp(ms, WritePrecision.Ms);

    [Fact]
    public async Task Points_written_while_InfluxDB_is_up_arrive_without_spooling()
    {
        var report = await _writer.WriteAsync([Point("a", 1), Point("b", 2)], CancellationToken.None);

        Assert.Empty(report.Rejected);
        Assert.False(report.Spooled);
        Assert.Equal(2, _influx.Stored.Count);
    }

    [Fact]
    public async Task A_bad_point_is_rejected_with_the_reason_and_the_good_ones_land()
    {
        var points = Enumerable.Range(1, 50).Select(i => Point(i == 17 ? "bad" : "good", i)).ToArray();

        var report = await _writer.WriteAsync(points, CancellationToken.None);

        var rejected = Assert.Single(report.Rejected);
        Assert.Equal(16, rejected.Index);
        Assert.Contains("meter=bad", rejected.Line, StringComparison.Ordinal);
        Assert.Contains("field type conflict", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(49, _influx.Stored.Distinct().Count());
    }

    [Fact]
    public async Task A_refused_line_is_reported_by_its_position_in_the_callers_write()
    {
        // Two callers batched into one request: each report indexes its own lines, so the pipeline maps a refusal to its reading without rendering it again.
        var first = _writer.WriteAsync(new LineBatch(WritePrecision.Ms, ["reading,meter=good value=1 1", "reading,meter=good value=2 2"]), CancellationToken.None);
        var second = _writer.WriteAsync(new LineBatch(WritePrecision.Ms, ["reading,meter=good value=3 3", "reading,meter=bad value=4 4", "reading,meter=good value=5 5"]), CancellationToken.None);

        Assert.Empty((await first).Rejected);
        var rejected = Assert.Single((await second).Rejected);
        Assert.Equal(1, rejected.Index);
        Assert.Equal("reading,meter=bad value=4 4", rejected.Line);
        Assert.Equal(4, _influx.Stored.Distinct().Count());
    }

    [Fact]
    public async Task Points_kept_while_InfluxDB_is_down_are_spooled_and_drain_when_it_returns()
    {
        _influx.Down = true;
        var first = await _writer.WriteAsync([Point("a", 1)], CancellationToken.None);
        var second = await _writer.WriteAsync([Point("a", 2), Point("a", 3)], CancellationToken.None);
        Assert.True(first.Spooled && second.Spooled);
        Assert.Equal(2, _writer.SpooledBatches);
        Assert.Empty(_influx.Stored);

        _influx.Down = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_writer.SpooledBatches > 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(["reading,meter=a value=1 1", "reading,meter=a value=2 2", "reading,meter=a value=3 3"], _influx.Stored.ToArray());
    }

    [Fact]
    public async Task Small_batches_spooled_during_an_outage_drain_joined_into_few_requests_in_order()
    {
        // Before, each spooled batch was one drain request: a stream of small live batches behind an outage outran the drain
        // for good (the load tool saw the worker stuck in spool mode at 544 readings/s, docs/performance.md).
        _influx.Down = true;
        for (var i = 1; i <= 20; i++)
        {
            Assert.True((await _writer.WriteAsync([Point("a", (2 * i) - 1), Point("b", 2 * i)], CancellationToken.None)).Spooled);
        }

        Assert.Equal(20, _writer.SpooledBatches);
        var before = _influx.Requests;
        _influx.Down = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (_writer.SpooledBatches > 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(40, _influx.Stored.Count);
        Assert.Equal(Enumerable.Range(1, 40).Select(n => n), _influx.Stored.Select(l => int.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(_influx.Requests - before <= 2, $"{_influx.Requests - before} requests drained 20 spooled batches of 2 lines (BatchSize 100)");
    }

    [Fact]
    public async Task A_drain_request_too_large_for_InfluxDB_to_answer_in_time_is_retried_smaller_until_the_spool_is_empty()
    {
        // At 10,000 meters a joined run of spooled lines took InfluxDB longer than Storage:RequestTimeout: retried whole,
        // it timed out forever (the load tool saw the checkpoint stand still for 8 minutes).
        _influx.Down = true;
        for (var i = 0; i < 20; i++)
        {
            Assert.True((await _writer.WriteAsync([.. Enumerable.Range((10 * i) + 1, 10).Select(n => Point("a", n))], CancellationToken.None)).Spooled);
        }

        _influx.TimeoutAbove = 30;
        _influx.Down = false;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (_writer.SpooledBatches > 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        Assert.Equal(Enumerable.Range(1, 200), _influx.Stored.Select(l => int.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(_influx.Requested, b => b.Lines.Count > 30);
    }

    [Fact]
    public async Task A_point_rewritten_after_an_outage_is_not_overwritten_by_its_older_spooled_version()
    {
        static PointData Minute(double amount) =>
            PointData.Measurement("usage_1m").Tag("meter", "m").Field("amount", amount).Timestamp(60_000, WritePrecision.Ms);

        // A slow drain, so the rewrite arrives while the older version still waits in the spool.
        var influx = new ScriptedInflux { Down = true };
        using var dir = new TempDirectory();
        var options = Options.Create(new StorageOptions { RequireInfluxAtStart = false, SpoolDirectory = dir.Path, Linger = TimeSpan.FromMilliseconds(5), RetryBaseDelay = TimeSpan.FromMilliseconds(500), RetryMaxDelay = TimeSpan.FromMilliseconds(500) });
        using var writer = new PointWriter(influx, options, TimeProvider.System, new WorkerMetrics(_meters), new TestStages().Supervisor, new TestStages().Registry, NullLogger<PointWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        Assert.True((await writer.WriteAsync([Minute(9.5)], CancellationToken.None)).Spooled);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (Volatile.Read(ref influx.Requests) < 2)
        {
            await Task.Delay(5, timeout.Token); // the live write and one failed drain: the next drain is 500 ms away
        }

        influx.Down = false;
        await writer.WriteAsync([Minute(30)], CancellationToken.None);
        while (writer.SpooledBatches > 0)
        {
            await Task.Delay(10, timeout.Token);
        }

        await writer.StopAsync(CancellationToken.None);
        // InfluxDB keeps the last write of a series and time: it must be the newer amount.
        Assert.Equal("usage_1m,meter=m amount=30 60000", influx.Stored.Last());
    }

    [Fact]
    public async Task A_live_batch_waits_behind_a_full_spool_and_every_older_version_lands_before_it()
    {
        // Versions 1, 2, 3... of one usage_1m point fill the spool while InfluxDB is down; the next version must wait (back-pressure)
        // and, once InfluxDB is back, land after every older version: InfluxDB keeps the last write of a series and time.
        var influx = new ScriptedInflux { Down = true };
        using var dir = new TempDirectory();
        var options = FastProbing(dir.Path);
        options.Value.SpoolMaxBytes = 512;
        using var writer = new PointWriter(influx, options, TimeProvider.System, new WorkerMetrics(_meters), new TestStages().Supervisor, new TestStages().Registry, NullLogger<PointWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        Task<PointWriteReport>? blocked = null;
        var version = 0;
        while (blocked is null && version < 100)
        {
            var write = writer.WriteAsync([UsageMinute(++version)], CancellationToken.None);
            if (await Task.WhenAny(write, Task.Delay(TimeSpan.FromMilliseconds(500))) != write)
            {
                blocked = write;
            }
        }

        Assert.NotNull(blocked);
        Assert.True(version > 2, $"the spool took only {version - 1} versions");
        influx.Down = false;
        Assert.False((await blocked.WaitAsync(TimeSpan.FromSeconds(10))).Rejected.Any());
        await WaitUntilAsync(() => writer.SpooledBatches == 0);
        await writer.StopAsync(CancellationToken.None);

        var amounts = influx.Stored.Select(l => double.Parse(l.Split("amount=")[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(Enumerable.Range(1, version).Select(v => (double)v), amounts);
    }

    [Fact]
    public async Task Acknowledgements_keep_flowing_from_the_spool_while_InfluxDB_hangs_and_it_is_probed_one_request_at_a_time()
    {
        var influx = new ScriptedInflux { Down = true };
        using var dir = new TempDirectory();
        var options = FastProbing(dir.Path);
        using var writer = new PointWriter(influx, options, TimeProvider.System, new WorkerMetrics(_meters), new TestStages().Supervisor, new TestStages().Registry, NullLogger<PointWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        Assert.True((await writer.WriteAsync([Point("a", 1)], CancellationToken.None)).Spooled);

        influx.Hanging = true; // the next probe never answers (a SIGSTOPped influxd, with no timeout in this stand-in)
        var requests = Volatile.Read(ref influx.Requests);
        await WaitUntilAsync(() => Volatile.Read(ref influx.Requests) > requests);
        for (var ms = 2; ms <= 21; ms++)
        {
            var report = await writer.WriteAsync([Point("a", ms)], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            Assert.True(report.Spooled);
        }

        Assert.Equal(1, influx.MaxInFlight);
        Assert.All(influx.Requested.Skip(1), batch => Assert.Equal(["reading,meter=a value=1 1"], batch.Lines));
        influx.Down = false;
        influx.Release();
        await WaitUntilAsync(() => writer.SpooledBatches == 0);
        await writer.StopAsync(CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 21).Select(ms => $"reading,meter=a value={ms} {ms}"), influx.Stored);
        Assert.Equal(1, influx.MaxInFlight);
    }

    [Fact]
    public async Task A_faulted_writer_completes_every_pending_and_queued_request_and_refuses_new_ones()
    {
        var influx = new ScriptedInflux { Hanging = true, Broken = true };
        using var dir = new TempDirectory();
        var options = Options.Create(new StorageOptions { SpoolDirectory = dir.Path, Linger = TimeSpan.Zero, BatchSize = 1 });
        influx.Hanging = false; // the start-up ping
        var stages = new TestStages();
        using var writer = new PointWriter(influx, options, TimeProvider.System, new WorkerMetrics(_meters), stages.Supervisor, stages.Registry, NullLogger<PointWriter>.Instance);
        influx.Hanging = true;
        await writer.StartAsync(CancellationToken.None);
        var writes = Enumerable.Range(1, 5).Select(ms => writer.WriteAsync([Point("a", ms)], CancellationToken.None)).ToArray();
        await WaitUntilAsync(() => Volatile.Read(ref influx.Requests) > 0);

        influx.Release(); // the request in flight now throws: a bug, the writer loop faults

        foreach (var write in writes)
        {
            await Assert.ThrowsAnyAsync<InvalidOperationException>(() => write.WaitAsync(TimeSpan.FromSeconds(5)));
        }

        // The fault reaches the supervisor, which stops the host with a non-zero exit code (the writer is not restarted in-process).
        await writer.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(ResourceMonitor.Worker.Operations.StageNames.Writer, stages.Failure.Stage);
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => writer.WriteAsync([Point("a", 9)], CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
    }

    private static IOptions<StorageOptions> FastProbing(string spoolDirectory) => Options.Create(new StorageOptions
    {
        RequireInfluxAtStart = false,
        SpoolDirectory = spoolDirectory,
        Linger = TimeSpan.Zero,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        RetryMaxDelay = TimeSpan.FromMilliseconds(10),
    });

    private static PointData UsageMinute(double amount) =>
        PointData.Measurement("usage_1m").Tag("meter", "m").Field("amount", amount).Timestamp(60_000, WritePrecision.Ms);

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    private sealed class TempDirectory : IDisposable
    {
        private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-writer-order-");

        public string Path => _dir.FullName;

        public void Dispose() => _dir.Delete(recursive: true);
    }
}
