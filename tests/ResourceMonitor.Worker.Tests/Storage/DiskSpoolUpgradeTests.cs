using WritePrecision = InfluxDB.Client.Api.Domain.WritePrecision;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Spool;

namespace ResourceMonitor.Worker.Tests.Storage;

public sealed class DiskSpoolUpgradeTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-spool-upgrade-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void A_spool_written_by_cb51c66_drains_its_uncommitted_batches_in_order()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Storage", "testdata", "spool-cb51c66")))
        {
            File.Copy(file, Path.Combine(_dir.FullName, Path.GetFileName(file)));
        }

        using var spool = DiskSpool.Open(_dir.FullName, 10 * 1024 * 1024, 64 * 1024, NullLogger.Instance);
        var drained = new List<(long, WritePrecision, string[])>();
        while (spool.Peek() is { } record)
        {
            drained.Add((record.Sequence, record.Batch.Precision, record.Batch.Lines.ToArray()));
            spool.Commit(record.Sequence);
        }

        Assert.Equal(
            [3L, 4, 5],
            drained.Select(d => d.Item1));
        Assert.All(drained, d => Assert.Equal(WritePrecision.Ms, d.Item2));
        Assert.Equal(
            Enumerable.Range(3, 3).Select(n => new[] { $"reading,meter=m{n} value={n} {n}", $"reading,meter=x{n} value={n} {n}" }),
            drained.Select(d => d.Item3));
        Assert.Equal(0, spool.CorruptRecords);
    }
}
