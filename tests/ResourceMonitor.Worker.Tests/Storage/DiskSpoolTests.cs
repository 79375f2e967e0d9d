using WritePrecision = InfluxDB.Client.Api.Domain.WritePrecision;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Worker.Storage;
using ResourceMonitor.Worker.Storage.Spool;

namespace ResourceMonitor.Worker.Tests.Storage;

public sealed class DiskSpoolTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-spool-test-");

    public void Dispose() => _dir.Delete(recursive: true);

    private DiskSpool Open(long maxBytes = 10 * 1024 * 1024, long segmentBytes = 64 * 1024) =>
        DiskSpool.Open(_dir.FullName, maxBytes, segmentBytes, NullLogger.Instance);

    private static LineBatch Batch(int n) => new(WritePrecision.Ms, [$"reading,meter=m{n} value={n} {n}", $"reading,meter=x{n} value={n} {n}"]);

    [Fact]
    public void Batches_survive_a_restart_and_drain_in_order_from_the_checkpoint()
    {
        using (var spool = Open())
        {
            for (var i = 1; i <= 5; i++)
            {
                Assert.True(spool.TryAppend(Batch(i)));
            }

            spool.Commit(spool.Peek()!.Sequence);
            spool.Commit(spool.Peek()!.Sequence);
        }

        using var reopened = Open();
        Assert.Equal(3, reopened.PendingBatches);
        var drained = new List<string>();
        while (reopened.Peek() is { } record)
        {
            drained.Add(record.Batch.Lines[0]);
            reopened.Commit(record.Sequence);
        }

        Assert.Equal([Batch(3).Lines[0], Batch(4).Lines[0], Batch(5).Lines[0]], drained);
        Assert.Equal(0, reopened.Bytes);
    }

    [Fact]
    public void Small_spooled_batches_drain_joined_in_order_up_to_the_batch_size()
    {
        using var spool = Open();
        for (var i = 1; i <= 5; i++)
        {
            Assert.True(spool.TryAppend(Batch(i)));
        }

        var run = spool.PeekRun(maxLines: 6)!;
        spool.Commit(run.Sequence);

        Assert.Equal(Batch(1).Lines.Concat(Batch(2).Lines).Concat(Batch(3).Lines), run.Batch.Lines);
        Assert.Equal(2, spool.PendingBatches);
        Assert.Equal(Batch(4).Lines.Concat(Batch(5).Lines), spool.PeekRun(maxLines: 100)!.Batch.Lines);
        Assert.Equal(Batch(4).Lines, spool.PeekRun(maxLines: 1)!.Batch.Lines); // one batch alone may exceed the size
    }

    [Fact]
    public void A_torn_tail_from_a_crash_is_cut_and_the_whole_records_before_it_kept()
    {
        using (var spool = Open())
        {
            spool.TryAppend(Batch(1));
            spool.TryAppend(Batch(2));
        }

        var segment = Directory.GetFiles(_dir.FullName, "*.seg").Single();
        var length = new FileInfo(segment).Length;
        using (var stream = new FileStream(segment, FileMode.Open))
        {
            stream.SetLength(length - 5);
        }

        using var reopened = Open();
        Assert.Equal(1, reopened.PendingBatches);
        Assert.Equal(Batch(1).Lines, reopened.Peek()!.Batch.Lines);
    }

    [Fact]
    public void A_record_with_a_bad_checksum_is_skipped_not_written()
    {
        using (var spool = Open())
        {
            spool.TryAppend(Batch(1));
            spool.TryAppend(Batch(2));
        }

        var segment = Directory.GetFiles(_dir.FullName, "*.seg").Single();
        var bytes = File.ReadAllBytes(segment);
        bytes[SpoolRecordFormat.HeaderBytes + 12] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        using var reopened = Open();
        Assert.Equal(1, reopened.CorruptRecords);
        Assert.Equal(Batch(2).Lines, reopened.Peek()!.Batch.Lines);
    }

    [Fact]
    public void A_full_spool_refuses_the_append_instead_of_dropping_anything()
    {
        using var spool = Open(maxBytes: 1024 * 1024, segmentBytes: 64 * 1024);
        var big = new LineBatch(WritePrecision.Ms, Enumerable.Range(0, 2000).Select(i => $"reading,meter=m value={i} {i}").ToArray());

        var appended = 0;
        while (spool.TryAppend(big))
        {
            appended++;
        }

        Assert.InRange(spool.Bytes, 1, spool.MaxBytes);
        Assert.Equal(appended, spool.PendingBatches);
        spool.Commit(spool.Peek()!.Sequence);
        Assert.Equal(appended - 1, spool.PendingBatches);
    }

    [Fact]
    public void Drained_segments_are_deleted()
    {
        using var spool = Open(segmentBytes: 64 * 1024);
        var big = new LineBatch(WritePrecision.Ms, Enumerable.Range(0, 1500).Select(i => $"reading,meter=m value={i} {i}").ToArray());
        for (var i = 0; i < 6; i++)
        {
            spool.TryAppend(big);
        }

        Assert.True(Directory.GetFiles(_dir.FullName, "*.seg").Length > 1);
        while (spool.Peek() is { } record)
        {
            spool.Commit(record.Sequence);
        }

        Assert.Empty(Directory.GetFiles(_dir.FullName, "*.seg"));
    }
}
