using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Buffer;

namespace ResourceMonitor.Edge.Tests.Buffer;

public sealed class ReadingLogTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "rm-edge-buffer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private ReadingLog Open(long segmentBytes = 1 << 20, long quotaBytes = 1 << 24) =>
        ReadingLog.Open(new BufferOptions { Directory = _dir, SegmentBytes = segmentBytes, QuotaBytes = quotaBytes }, NullLogger.Instance);

    private static List<Reading> Readings(int count, int start = 0) =>
        Enumerable.Range(start, count).Select(i => new Reading("meter-" + (i % 3), T0.AddSeconds(i), i * 1.5, "kWh", ReadingKind.Counter)).ToList();

    [Fact]
    public void Appended_readings_get_consecutive_sequence_numbers_and_read_back_in_order()
    {
        using var log = Open();

        var outcome = log.Append(Readings(10));
        var read = log.Read(1, 100);

        Assert.Equal(10, outcome.Appended);
        Assert.Equal(10, outcome.LastSequence);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => (long)i), read.Select(r => r.Sequence));
        Assert.Equal(Readings(10), read.Select(r => r.Reading));
    }

    [Fact]
    public void Reading_from_the_middle_starts_at_that_sequence_and_honours_the_limit()
    {
        using var log = Open();
        log.Append(Readings(50));

        var read = log.Read(21, 5);

        Assert.Equal([21L, 22, 23, 24, 25], read.Select(r => r.Sequence));
    }

    [Fact]
    public void After_a_restart_forwarding_resumes_at_checkpoint_plus_one()
    {
        using (var log = Open())
        {
            log.Append(Readings(30));
            log.Release(12);
        }

        using var reopened = Open();

        Assert.Equal(12, reopened.Checkpoint);
        Assert.Equal(30, reopened.LastSequence);
        Assert.Equal(13, reopened.Read(reopened.Checkpoint + 1, 1000)[0].Sequence);
        Assert.Equal(18, reopened.Read(reopened.Checkpoint + 1, 1000).Count);
        Assert.Equal(31, reopened.Append(Readings(1, 30)).LastSequence);
    }

    [Fact]
    public void Unreleased_readings_stay_addressable_by_sequence_number()
    {
        using var log = Open();
        log.Append(Readings(20));
        log.Release(5);

        Assert.Equal(6, log.Read(6, 1)[0].Sequence);
        Assert.Equal(15, log.Pending);
        Assert.Equal(20, log.Read(6, 100)[^1].Sequence);
    }

    [Fact]
    public void A_torn_last_record_is_detected_by_its_checksum_and_dropped_safely()
    {
        string segment;
        using (var log = Open())
        {
            log.Append(Readings(10));
            segment = Directory.GetFiles(_dir, "*.seg").Single();
        }

        // A crash in the middle of the last write: cut the file inside the last record.
        using (var stream = new FileStream(segment, FileMode.Open))
        {
            stream.SetLength(stream.Length - 7);
        }

        using var reopened = Open();

        Assert.Equal(9, reopened.LastSequence);
        Assert.Equal(9, reopened.Read(1, 100).Count);
        Assert.Equal(10, reopened.Append(Readings(1, 100)).LastSequence);
        Assert.Equal(10, reopened.Read(1, 100).Count);
    }

    [Fact]
    public void A_corrupted_last_record_fails_its_checksum_and_is_dropped()
    {
        string segment;
        using (var log = Open())
        {
            log.Append(Readings(4));
            segment = Directory.GetFiles(_dir, "*.seg").Single();
        }

        var bytes = File.ReadAllBytes(segment);
        bytes[^3] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        using var reopened = Open();

        Assert.Equal(3, reopened.LastSequence);
    }

    [Fact]
    public void Segments_roll_over_and_released_segments_are_deleted()
    {
        using var log = Open(segmentBytes: 4096);
        log.Append(Readings(500));
        var before = Directory.GetFiles(_dir, "*.seg").Length;

        log.Release(400);
        var after = Directory.GetFiles(_dir, "*.seg").Length;

        Assert.True(before > 5, $"{before} segments");
        Assert.True(after < before, $"{after} of {before} segments left");
        Assert.Equal(Enumerable.Range(401, 100).Select(i => (long)i), log.Read(401, 1000).Select(r => r.Sequence));
    }

    [Fact]
    public void When_the_quota_is_reached_new_readings_are_refused_and_counted_and_the_oldest_are_kept()
    {
        using var log = Open(segmentBytes: 4096, quotaBytes: 16 * 1024);

        var outcome = log.Append(Readings(2000));

        Assert.True(outcome.Refused > 0);
        Assert.Equal(2000, outcome.Appended + outcome.Refused);
        Assert.Equal(outcome.Refused, log.RefusedTotal);
        Assert.True(log.UsedBytes <= 16 * 1024);
        Assert.Equal(1, log.Read(1, 1)[0].Sequence);
        Assert.Equal(Readings(1)[0], log.Read(1, 1)[0].Reading);
    }

    [Fact]
    public void Releasing_frees_quota_so_appends_are_accepted_again()
    {
        using var log = Open(segmentBytes: 4096, quotaBytes: 16 * 1024);
        var first = log.Append(Readings(2000));

        log.Release(first.LastSequence);
        var again = log.Append(Readings(10));

        Assert.Equal(10, again.Appended);
        Assert.Equal(0, again.Refused);
        Assert.Equal(first.LastSequence + 10, again.LastSequence);
    }

    [Fact]
    public void Everything_released_then_restarted_continues_the_sequence()
    {
        using (var log = Open())
        {
            log.Append(Readings(7));
            log.Release(7);
        }

        using var reopened = Open();

        Assert.Empty(reopened.Read(8, 10));
        Assert.Equal(8, reopened.Append(Readings(1)).LastSequence);
    }

    [Fact]
    public async Task A_waiting_reader_is_woken_by_an_append()
    {
        using var log = Open();
        var wait = log.WaitForAppendAsync(0, CancellationToken.None);
        Assert.False(wait.IsCompleted);

        log.Append(Readings(1));

        await wait.WaitAsync(TimeSpan.FromSeconds(5));
    }
}
