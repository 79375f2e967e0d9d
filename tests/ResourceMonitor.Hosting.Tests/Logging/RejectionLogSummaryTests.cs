using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Hosting.Logging;

namespace ResourceMonitor.Hosting.Tests.Logging;

public sealed class RejectionLogSummaryTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger _logger = new();

    [Fact]
    public void A_flood_logs_the_first_of_each_reason_at_once_then_one_line_per_reason_per_interval_with_the_count()
    {
        using var summary = new RejectionLogSummary(Interval, _time, _logger);
        for (var i = 0; i < 12_000; i++)
        {
            summary.Add(i % 3 == 0 ? "malformed_json" : "invalid_unit", $"rm/v1/park/p{i}/readings (batch b{i})", $"detail {i}");
        }

        var first = _logger.Collector.GetSnapshot();
        Assert.Equal(2, first.Count);
        Assert.All(first, l => Assert.Equal(9330, l.Id.Id));
        Assert.Contains(first, l => l.Message.StartsWith("Rejected (malformed_json) a message from rm/v1/park/p0/readings (batch b0): detail 0", StringComparison.Ordinal));
        Assert.Contains(first, l => l.Message.StartsWith("Rejected (invalid_unit) a message from rm/v1/park/p1/readings (batch b1): detail 1", StringComparison.Ordinal));

        _time.Advance(Interval);

        var repeated = _logger.Collector.GetSnapshot().Skip(2).ToList();
        Assert.Equal(2, repeated.Count);
        Assert.All(repeated, l => Assert.Equal((LogLevel.Warning, 9331), (l.Level, l.Id.Id)));
        Assert.Contains(repeated, l => l.Message.StartsWith("3999 more rejection(s) for malformed_json", StringComparison.Ordinal) && l.Message.Contains("first from rm/v1/park/p3/readings (batch b3): detail 3", StringComparison.Ordinal));
        Assert.Contains(repeated, l => l.Message.StartsWith("7999 more rejection(s) for invalid_unit", StringComparison.Ordinal) && l.Message.Contains("detail 2", StringComparison.Ordinal));

        _time.Advance(Interval);
        Assert.Equal(4, _logger.Collector.Count); // nothing new, nothing logged
    }

    [Fact]
    public void A_reason_seen_again_within_the_interval_waits_for_the_count_and_one_quiet_for_an_interval_is_logged_at_once_again()
    {
        using var summary = new RejectionLogSummary(Interval, _time, _logger);
        summary.Add("too_deep", "a", "one");
        _time.Advance(TimeSpan.FromSeconds(3));
        summary.Add("too_deep", "b", "two");
        Assert.Equal(1, _logger.Collector.Count);

        _time.Advance(TimeSpan.FromSeconds(7)); // the interval ends: the repeat is counted
        Assert.Equal("1 more rejection(s) for too_deep within 00:00:10; first from b: two", _logger.Collector.LatestRecord.Message);

        _time.Advance(Interval); // a whole interval without it
        Assert.Equal(2, _logger.Collector.Count);

        summary.Add("too_deep", "c", "three");
        Assert.Equal(3, _logger.Collector.Count);
        Assert.Equal(9330, _logger.Collector.LatestRecord.Id.Id);
    }

    [Fact]
    public void Control_characters_in_the_source_and_the_example_are_escaped_so_they_cannot_forge_log_lines()
    {
        using var summary = new RejectionLogSummary(Interval, _time, _logger);
        summary.Add("wrong_shape", "rm/v1/park/x\nFAKE ERROR\u001b[31m/readings", "value \"a\rb\u2028c\"");
        summary.Add("wrong_shape", "rm/v1/park/y\n/readings", "d\re");
        summary.Flush();

        Assert.Equal(2, _logger.Collector.Count);
        foreach (var message in _logger.Collector.GetSnapshot().Select(l => l.Message))
        {
            Assert.DoesNotContain('\n', message);
            Assert.DoesNotContain('\r', message);
            Assert.DoesNotContain('\u001b', message);
            Assert.DoesNotContain('\u2028', message);
        }

        Assert.Contains(@"x\nFAKE ERROR\u001b[31m/readings", _logger.Collector.GetSnapshot()[0].Message, StringComparison.Ordinal);
        Assert.Contains(@"a\rb\u2028c", _logger.Collector.GetSnapshot()[0].Message, StringComparison.Ordinal);
        Assert.Contains(@"y\n/readings: d\re", _logger.Collector.GetSnapshot()[1].Message, StringComparison.Ordinal);
    }
}
