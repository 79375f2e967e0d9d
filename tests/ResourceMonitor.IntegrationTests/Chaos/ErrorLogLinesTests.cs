namespace ResourceMonitor.IntegrationTests.Chaos;

public sealed class ErrorLogLinesTests
{
    [Fact]
    public void Error_and_critical_entries_are_found_with_their_message_and_warnings_are_not()
    {
        const string output = """
            warn: ResourceMonitor.Worker.Storage.PointWriter[2000]
                  InfluxDB unavailable, 12 points spooled
            fail: ResourceMonitor.Worker.Ingest.IngestPipeline[1001]
                  Admission stopped
                  System.InvalidOperationException: Cannot transcode invalid UTF-8
            info: Microsoft.Hosting.Lifetime[0]
                  Application started.
            crit: Microsoft.Extensions.Hosting.Internal.Host[10]
                  The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost
            """;

        var errors = ErrorLogLines.In(output);

        Assert.Equal(2, errors.Count);
        Assert.StartsWith("fail: ResourceMonitor.Worker.Ingest.IngestPipeline[1001] | Admission stopped | System.InvalidOperationException", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("crit: Microsoft.Extensions.Hosting.Internal.Host[10]", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_whose_cause_is_known_are_taken_out_once_each()
    {
        var left = ErrorLogLines.Except(["fail: A", "fail: B", "fail: A"], ["fail: A", "fail: C"]);

        Assert.Equal(["fail: B", "fail: A"], left);
    }
}
