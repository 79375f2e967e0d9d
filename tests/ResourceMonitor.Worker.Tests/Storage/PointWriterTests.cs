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
            DrainInterval = TimeSpan.FromMilliseconds(20),
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
        Assert.Contains("meter=bad", rejected.Line, StringComparison.Ordinal);
        Assert.Contains("field type conflict", rejected.Reason, StringComparison.Ordinal);
        Assert.Equal(49, _influx.Stored.Distinct().Count());
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
    public async Task A_point_rewritten_after_an_outage_is_not_overwritten_by_its_older_spooled_version()
    {
        static PointData Minute(double amount) =>
            PointData.Measurement("usage_1m").Tag("meter", "m").Field("amount", amount).Timestamp(60_000, WritePrecision.Ms);

        // A slow drain, so the rewrite arrives while the older version still waits in the spool.
        var influx = new ScriptedInflux { Down = true };
        using var dir = new TempDirectory();
        var options = Options.Create(new StorageOptions { RequireInfluxAtStart = false, SpoolDirectory = dir.Path, Linger = TimeSpan.FromMilliseconds(5), DrainInterval = TimeSpan.FromMilliseconds(500) });
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

    private sealed class TempDirectory : IDisposable
    {
        private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-writer-order-");

        public string Path => _dir.FullName;

        public void Dispose() => _dir.Delete(recursive: true);
    }
}
