using Xunit.Sdk;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

public sealed class ExpectedErrorsTests
{
    private const string Output = """
        info: Microsoft.Hosting.Lifetime[0]
              Application started.
        fail: ResourceMonitor.Worker.Ingest.IngestPipeline[3002]
              Consumer UsageAggregator failed on batch b-1
              System.IO.IOException: disk full
        warn: ResourceMonitor.Worker.Messaging.BrokerSubscriber[1002]
              Disconnected from the broker
        crit: ResourceMonitor.Hosting.Supervision.StageSupervisor[9301]
              Stage ingest failed and cannot be restarted safely in-process
        """;

    [Fact]
    public void Console_output_yields_each_fail_and_crit_entry_with_its_message()
    {
        var entries = ExpectedErrors.FromConsoleOutput(Output);

        Assert.Equal(2, entries.Count);
        Assert.StartsWith("fail: ResourceMonitor.Worker.Ingest.IngestPipeline[3002] Consumer UsageAggregator failed", entries[0], StringComparison.Ordinal);
        Assert.Contains("disk full", entries[0], StringComparison.Ordinal);
        Assert.StartsWith("crit: ResourceMonitor.Hosting.Supervision.StageSupervisor[9301] Stage ingest failed", entries[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_unhandled_exception_report_is_an_entry_with_its_stack_and_warnings_are_not()
    {
        const string output = """
            warn: ResourceMonitor.Worker.Storage.PointWriter[2000]
                  InfluxDB unavailable, 12 points spooled
            Unhandled exception. System.InvalidOperationException: Cannot transcode invalid UTF-8
               at ResourceMonitor.Worker.Ingest.BatchHeaderReader.Read()
            info: Microsoft.Hosting.Lifetime[0]
                  Application started.
            """;

        var entry = Assert.Single(ExpectedErrors.FromConsoleOutput(output));

        Assert.StartsWith("Unhandled exception. System.InvalidOperationException: Cannot transcode invalid UTF-8", entry, StringComparison.Ordinal);
        Assert.Contains("BatchHeaderReader.Read()", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_not_declared_expected_fails_and_is_named()
    {
        var expected = new ExpectedErrors().Expect("[3002]");

        var failure = Assert.Throws<TrueException>(() => expected.AssertNoneUnexpected("the worker", ExpectedErrors.FromConsoleOutput(Output)));

        Assert.Contains("Stage ingest failed", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("disk full", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_all_declared_expected_pass()
    {
        var expected = new ExpectedErrors().Expect("[3002]").Expect("[9301]");

        expected.AssertNoneUnexpected("the worker", ExpectedErrors.FromConsoleOutput(Output));
    }
}
