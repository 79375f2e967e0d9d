using ResourceMonitor.Edge.Cli;

namespace ResourceMonitor.Edge.Tests.Cli;

public sealed class MapMessagesFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("map-messages-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Config(string mappings)
    {
        var path = Path.Combine(_directory, "mappings.json");
        File.WriteAllText(path, $$"""{ "Edge": { "TimeZone": "UTC", "Mappings": [ {{mappings}} ] } }""");
        return path;
    }

    private async Task<(int Code, string[] Out, string Err)> Map(string config, string messages)
    {
        var file = Path.Combine(_directory, "messages.txt");
        await File.WriteAllTextAsync(file, messages);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await MapCommand.RunAsync(["--config", config, "--messages", file, "--now", "2026-12-02T01:05:00Z"], TextReader.Null, stdout, stderr);
        return (code, stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), stderr.ToString());
    }

    [Fact]
    public async Task A_series_runs_through_one_counter_state_so_a_transient_zero_is_held_and_a_duplicate_dropped()
    {
        // Issue 12 item 1, the energy meter of the report: 25,567.5, one transient 0, then 25,567.6 (one message per line).
        var config = Config("""{ "Topic": "plant/energy", "Format": "json", "Meter": "main-energy", "Unit": "kWh", "Kind": "Counter", "Field": "total", "TimestampField": "time" }""");
        var messages = """
            # topic<TAB>payload, or JSON lines
            plant/energy	{"total": 25567.5, "time": "2026-12-02T01:00:00Z"}
            {"topic": "plant/energy", "payload": {"total": 0, "time": "2026-12-02T01:01:00Z"}, "received": "2026-12-02T01:01:00Z"}
            {"topic": "plant/energy", "payload": "{\"total\": 0, \"time\": \"2026-12-02T01:01:00Z\"}", "received": "2026-12-02T01:01:01Z"}
            plant/energy	{"total": 25567.6, "time": "2026-12-02T01:02:00Z"}
            """;

        var (code, lines, err) = await Map(config, messages);

        Assert.Equal(0, code);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("{\"line\":2,\"meter\":\"main-energy\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"value\":0,", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"quality\":\"suspect\"", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("quality", lines[2], StringComparison.Ordinal);
        Assert.Contains("line 3: suspect: meter main-energy: held: dropped from 25567.5 to 0", err, StringComparison.Ordinal);
        Assert.Contains("line 4: duplicate: meter main-energy", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agents_own_age_limit_applies_not_ten_years()
    {
        var config = Config("""{ "Topic": "plant/energy", "Format": "json", "Meter": "main-energy", "Unit": "kWh", "Kind": "Counter", "Field": "total", "TimestampField": "time" }""");
        var messages = """
            {"topic": "plant/energy", "payload": {"total": 10, "time": "2026-11-20T00:00:00Z"}, "received": "2026-12-02T00:00:00Z"}
            {"topic": "plant/energy", "payload": {"total": 11, "time": "2026-12-01T00:00:00Z"}, "received": "2026-12-02T00:00:00Z"}
            """;

        var (code, lines, err) = await Map(config, messages);

        Assert.Equal(0, code);
        Assert.Single(lines);
        Assert.Contains("line 1: rejected (normalisation): meter main-energy: timestamp 2026-11-20T00:00:00.0000000+00:00 is more than 7.00:00:00 behind", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sentinel_in_a_series_is_a_gap_with_its_reason_code()
    {
        var config = Config("""{ "Topic": "emon/emontx3/temp1", "Format": "plain", "Meter": "flue-temp", "Unit": "degC", "Kind": "Gauge", "Sentinels": [ "emontx" ] }""");

        var (code, lines, err) = await Map(config, "emon/emontx3/temp1\t181.5\nemon/emontx3/temp1\t300\n");

        Assert.Equal(0, code);
        Assert.Single(lines);
        Assert.Contains("line 2: rejected (sentinel): plain mapping for meter flue-temp: 300 is a placeholder", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_line_in_neither_form_is_a_usage_error_naming_the_line()
    {
        var config = Config("""{ "Topic": "a/b", "Format": "plain", "Meter": "m", "Unit": "kWh", "Kind": "Counter" }""");

        var (code, _, err) = await Map(config, "a/b\t1\nno tab here\n");

        Assert.Equal(2, code);
        Assert.Contains("line 2: expected topic<TAB>payload", err, StringComparison.Ordinal);
    }
}
