using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

public sealed class RejectionLogSummaryTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly FakeLogger _logger = new();

    [Fact]
    public void A_flood_of_rejections_logs_one_line_per_reason_per_interval_with_the_count_and_the_first_example()
    {
        using var summary = new RejectionLogSummary(TimeSpan.FromSeconds(10), _time, _logger);
        for (var i = 0; i < 12_000; i++)
        {
            summary.Add($"rm/v1/park/p{i}/readings", $"b{i}", [new Rejection(i % 3 == 0 ? RejectReason.MalformedJson : RejectReason.InvalidUnit, $"detail {i}")]);
        }

        Assert.Equal(0, _logger.Collector.Count);
        _time.Advance(TimeSpan.FromSeconds(10));

        var lines = _logger.Collector.GetSnapshot();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal(LogLevel.Warning, l.Level));
        Assert.Contains(lines, l => l.Message.StartsWith("4000 rejection(s) for malformed_json", StringComparison.Ordinal) && l.Message.Contains("rm/v1/park/p0/readings (batch b0)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Message.StartsWith("8000 rejection(s) for invalid_unit", StringComparison.Ordinal) && l.Message.Contains("detail 1", StringComparison.Ordinal));

        _time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(2, _logger.Collector.Count); // nothing new, nothing logged
    }

    [Fact]
    public void Control_characters_in_the_topic_and_the_detail_are_escaped_so_they_cannot_forge_log_lines()
    {
        using var summary = new RejectionLogSummary(TimeSpan.FromSeconds(10), _time, _logger);
        summary.Add("rm/v1/park/x\nFAKE ERROR\u001b[31m/readings", null, [new Rejection(RejectReason.WrongShape, "value \"a\rb\u2028c\"")]);

        summary.Flush();

        var message = Assert.Single(_logger.Collector.GetSnapshot()).Message;
        Assert.DoesNotContain('\n', message);
        Assert.DoesNotContain('\r', message);
        Assert.DoesNotContain('\u001b', message);
        Assert.DoesNotContain('\u2028', message);
        Assert.Contains(@"x\nFAKE ERROR\u001b[31m/readings", message, StringComparison.Ordinal);
        Assert.Contains(@"a\rb\u2028c", message, StringComparison.Ordinal);
    }
}
