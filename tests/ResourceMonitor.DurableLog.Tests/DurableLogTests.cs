using System.Buffers.Binary;
using System.IO.Hashing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ResourceMonitor.DurableLog.Tests;

public sealed class DurableLogTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-durablelog-test-");

    public void Dispose() => _dir.Delete(recursive: true);

    private DurableLog<string> Open(long segmentBytes = 1 << 20, long quotaBytes = 1 << 24) =>
        new DurableLog<string>(new DurableLogOptions { Directory = _dir.FullName, SegmentBytes = segmentBytes, QuotaBytes = quotaBytes }, TextRecord.Instance, NullLogger.Instance);

    private static List<string> Values(int count, int start = 0) => Enumerable.Range(start, count).Select(i => $"value {i}").ToList();

    private string[] Segments() => Directory.GetFiles(_dir.FullName, "*.seg").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_record_with_a_bad_checksum_in_the_middle_is_skipped_counted_and_its_neighbours_kept()
    {
        using (var log = Open())
        {
            log.Append(Values(3));
        }

        var bytes = File.ReadAllBytes(Segments().Single());
        var second = RecordFrame.HeaderBytes + RecordFrame.SequenceBytes + "value 0".Length;
        bytes[second + RecordFrame.HeaderBytes + RecordFrame.SequenceBytes] ^= 0xFF;
        File.WriteAllBytes(Segments().Single(), bytes);

        using var reopened = Open();

        Assert.Equal(1, reopened.CorruptRecords);
        Assert.Equal([(1L, "value 0"), (3L, "value 2")], reopened.Read(1, 10).Select(r => (r.Sequence, r.Value)));
        Assert.Equal(4, reopened.Append(Values(1, 3)).LastSequence);
    }

    [Fact]
    public void A_torn_tail_is_cut_so_appends_continue_after_the_last_whole_record()
    {
        using (var log = Open())
        {
            log.Append(Values(5));
        }

        var segment = Segments().Single();
        using (var stream = new FileStream(segment, FileMode.Open))
        {
            stream.SetLength(stream.Length - 3);
        }

        using var reopened = Open();

        Assert.Equal(4, reopened.LastSequence);
        Assert.Equal(5, reopened.Append(["after"]).LastSequence);
        Assert.Equal("after", reopened.Read(5, 1)[0].Value);
        Assert.Equal(0, reopened.CorruptRecords);
    }

    [Fact]
    public void A_corrupt_checkpoint_replays_every_record_still_on_disk()
    {
        using (var log = Open())
        {
            log.Append(Values(10));
            log.Release(4);
        }

        File.WriteAllBytes(Path.Combine(_dir.FullName, "checkpoint"), [1, 2, 3]);

        using var reopened = Open();

        Assert.Equal(0, reopened.Checkpoint);
        Assert.Equal(1, reopened.Read(1, 100)[0].Sequence);
        Assert.Equal(10, reopened.Read(1, 100).Count);
    }

    [Fact]
    public void The_checkpoint_is_replaced_atomically_and_a_leftover_temporary_file_is_ignored()
    {
        using (var log = Open())
        {
            log.Append(Values(10));
            log.Release(6);
        }

        // A crash between writing the temporary file and the rename: the old checkpoint must win.
        File.WriteAllBytes(Path.Combine(_dir.FullName, "checkpoint.tmp"), [9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]);
        var stored = File.ReadAllBytes(Path.Combine(_dir.FullName, "checkpoint"));

        using var reopened = Open();

        Assert.Equal(12, stored.Length);
        Assert.Equal(6, BinaryPrimitives.ReadInt64LittleEndian(stored));
        Assert.Equal(Crc32.HashToUInt32(stored.AsSpan(0, 8)), BinaryPrimitives.ReadUInt32LittleEndian(stored.AsSpan(8)));
        Assert.Equal(6, reopened.Checkpoint);
        Assert.Equal(7, reopened.Read(7, 1)[0].Sequence);
    }

    [Fact]
    public void A_full_quota_refuses_new_records_and_never_drops_old_ones()
    {
        using var log = Open(segmentBytes: 4096, quotaBytes: 8192);

        var outcome = log.Append(Values(1000));

        Assert.True(outcome.Refused > 0);
        Assert.Equal(1000, outcome.Appended + outcome.Refused);
        Assert.Equal(outcome.Refused, log.RefusedTotal);
        Assert.InRange(log.UsedBytes, 1, 8192);
        Assert.Equal("value 0", log.Read(1, 1)[0].Value);
        Assert.Equal(outcome.Appended, log.Read(1, 10_000).Count);
    }

    [Fact]
    public void A_record_larger_than_the_write_and_read_chunks_round_trips()
    {
        var big = new string('x', 200_000);
        using (var log = Open(segmentBytes: 64 * 1024))
        {
            log.Append(["small", big, "after"]);
        }

        using var reopened = Open(segmentBytes: 64 * 1024);

        Assert.Equal(["small", big, "after"], reopened.Read(1, 10).Select(r => r.Value));
    }

    [Fact]
    public void Releasing_everything_deletes_every_segment_and_the_sequence_continues_after_a_restart()
    {
        using (var log = Open(segmentBytes: 4096))
        {
            log.Append(Values(500));
            Assert.True(Segments().Length > 2);
            log.Release(500);
            Assert.Empty(Segments());
            Assert.Equal(0, log.UsedBytes);
        }

        using var reopened = Open(segmentBytes: 4096);

        Assert.Equal(501, reopened.Append(["next"]).LastSequence);
    }

    [Fact]
    public void A_segment_in_the_old_edge_format_is_converted_and_read()
    {
        // cb51c66's edge buffer framed records as [length u32][crc32 u32][body] (no magic); the body is the same.
        var legacy = new List<byte>();
        for (var sequence = 1L; sequence <= 3; sequence++)
        {
            var body = new byte[8 + 7];
            BinaryPrimitives.WriteInt64LittleEndian(body, sequence);
            "value x"u8.CopyTo(body.AsSpan(8));
            var header = new byte[8];
            BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)body.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(4), Crc32.HashToUInt32(body));
            legacy.AddRange(header);
            legacy.AddRange(body);
        }

        File.WriteAllBytes(Path.Combine(_dir.FullName, "0000000000000000001.seg"), [.. legacy, 1, 2]);

        using var log = Open();

        Assert.Equal([1L, 2, 3], log.Read(1, 10).Select(r => r.Sequence));
        Assert.Equal(RecordFrame.Magic, BinaryPrimitives.ReadUInt32LittleEndian(File.ReadAllBytes(Segments().Single())));
        Assert.Equal(4, log.Append(["new"]).LastSequence);
    }
}
