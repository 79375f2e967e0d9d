using ResourceMonitor.Edge.Cli;

namespace ResourceMonitor.Edge.Tests.Cli;

public sealed class MapCommandTests
{
    [Fact]
    public async Task Map_prints_the_normalised_readings_as_json_lines()
    {
        var folder = Path.Combine(RepositoryPaths.Inputs, "Wmbusmeters");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var stdin = new StringReader(File.ReadAllText(Path.Combine(folder, "testdata", "heat-meter-energy", "payload.json")));

        var code = await MapCommand.RunAsync(["--config", Path.Combine(folder, "sample.json"), "--topic", "wmbusmeters/CondensateHeat", "--now", "2024-03-01T12:00:00Z"], stdin, stdout, stderr);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Contains(lines, l => l.Contains("\"meter\":\"condensate-heat\"", StringComparison.Ordinal) && l.Contains("\"value\":88213", StringComparison.Ordinal));
        Assert.Equal(3, lines.Length);
    }

    [Fact]
    public async Task Map_reports_a_rejected_payload_on_stderr_and_exits_non_zero()
    {
        var folder = Path.Combine(RepositoryPaths.Inputs, "EspHome");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = await MapCommand.RunAsync(["--config", Path.Combine(folder, "sample.json"), "--topic", "boiler-house/sensor/feedwater_flow/state"], new StringReader("nan"), stdout, stderr);

        Assert.Equal(1, code);
        Assert.Contains("rejected (sentinel)", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout.ToString());
    }
}
