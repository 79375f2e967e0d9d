using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Contracts;
using ResourceMonitor.Edge.Buffer;

namespace ResourceMonitor.Edge.Tests.Buffer;

public sealed class ReadingLogUpgradeTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-edge-buffer-upgrade-");

    public void Dispose() => _dir.Delete(recursive: true);

    private ReadingLog OpenFixtureCopy()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Buffer", "testdata", "buffer-cb51c66")))
        {
            File.Copy(file, Path.Combine(_dir.FullName, Path.GetFileName(file)));
        }

        return ReadingLog.Open(new BufferOptions { Directory = _dir.FullName, SegmentBytes = 4096, QuotaBytes = 1 << 20 }, NullLogger.Instance);
    }

    private static Reading Expected(int i) => new("meter-" + (i % 3), T0.AddSeconds(i), i * 1.5, "kWh", ReadingKind.Counter);

    [Fact]
    public void A_buffer_written_by_cb51c66_loses_nothing_and_keeps_its_checkpoint_and_sequence_numbers()
    {
        using var log = OpenFixtureCopy();

        var read = log.Read(log.Checkpoint + 1, 1000);

        Assert.Equal(50, log.Checkpoint);
        Assert.Equal(200, log.LastSequence);
        Assert.Equal(Enumerable.Range(51, 150).Select(s => (long)s), read.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(50, 150).Select(Expected), read.Select(r => r.Reading));
    }

    [Fact]
    public void An_upgraded_buffer_takes_appends_and_reopens_unchanged()
    {
        using (var log = OpenFixtureCopy())
        {
            Assert.Equal(201, log.Append([Expected(200)]).LastSequence);
            log.Release(120);
        }

        using var reopened = ReadingLog.Open(new BufferOptions { Directory = _dir.FullName, SegmentBytes = 4096, QuotaBytes = 1 << 20 }, NullLogger.Instance);
        var read = reopened.Read(121, 1000);

        Assert.Equal(Enumerable.Range(121, 81).Select(s => (long)s), read.Select(r => r.Sequence));
        Assert.Equal(Enumerable.Range(120, 81).Select(Expected), read.Select(r => r.Reading));
    }
}
