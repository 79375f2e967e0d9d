using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Edge.Buffer;
using ResourceMonitor.Edge.Diagnostics;
using ResourceMonitor.Edge.Inputs;
using ResourceMonitor.Edge.Pipeline;

namespace ResourceMonitor.Edge.Tests.Pipeline;

/// <summary>
/// A flood of bad payloads (issue 13 item 5: one Warning per rejected payload, event 3402) costs a bounded number of log
/// lines, while every rejection is still counted by reason and either queued for the local rejected topic or counted as a
/// dropped notice.
/// </summary>
public sealed class RejectionNoticesTests : IDisposable
{
    private const string Topic = "tele/plug-7/SENSOR";
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-edge-notices-");
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 6, 0, 0, TimeSpan.Zero));
    private readonly FakeLogger<RejectionNotices> _logger = new();

    [Fact]
    public void A_flood_of_bad_payloads_logs_a_bounded_number_of_lines_and_counts_every_rejection()
    {
        var meters = _services.GetRequiredService<IMeterFactory>();
        using var rejected = new MetricCollector<long>(meters, EdgeMetrics.MeterName, "edge.messages.rejected");
        using var dropped = new MetricCollector<long>(meters, EdgeMetrics.MeterName, "edge.rejection_notices.dropped");
        using var log = ReadingLog.Open(new BufferOptions { Directory = _dir.FullName }, NullLogger.Instance);
        var options = Options.Create(new EdgeOptions { RejectionLogInterval = TimeSpan.FromSeconds(10) });
        using var notices = new RejectionNotices(new EdgeMetrics(meters, log), options, _time, _logger);

        // 5,000 bad payloads a second for a minute, in two kinds: 300,000 rejections.
        for (var second = 0; second < 60; second++)
        {
            for (var i = 0; i < 5_000; i++)
            {
                var code = i % 2 == 0 ? RejectionCodes.Unreadable : RejectionCodes.Sentinel;
                notices.Report(Topic, $"payload {second}/{i} is not JSON", code);
            }

            _time.Advance(TimeSpan.FromSeconds(1));
        }

        notices.Dispose();

        // Per code: the first at once, then one line per 10 s interval (6 intervals): at most 2 + 6 lines per code.
        Assert.InRange(_logger.Collector.Count, 2, 2 * (1 + 6));
        Assert.Equal(300_000, rejected.GetMeasurementSnapshot().Sum(m => m.Value));
        Assert.Equal(150_000, rejected.GetMeasurementSnapshot().Where(m => Equals(m.Tags["reason"], RejectionCodes.Unreadable)).Sum(m => m.Value));
        var queued = 0;
        while (notices.Reader.TryRead(out _))
        {
            queued++;
        }

        Assert.Equal(300_000, queued + dropped.GetMeasurementSnapshot().Sum(m => m.Value));
        var counted = _logger.Collector.GetSnapshot().Where(l => l.Id.Id == 9331)
            .Sum(l => int.Parse(l.Message[..l.Message.IndexOf(' ', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture));
        var first = _logger.Collector.GetSnapshot().Count(l => l.Id.Id == 9330);
        Assert.Equal(300_000, first + counted); // the log's counts add up too
    }

    public void Dispose()
    {
        _services.Dispose();
        _dir.Delete(recursive: true);
    }
}
