using System.Text;
using System.Text.Json;
using InfluxDB.Client.Writes;
using NSubstitute;

namespace ResourceMonitor.Worker.Tests.Symbiosis;

public sealed class SymbiosisMonitorTests
{
    private const string Pair = "steel-waste-heat--dyeing-boiler-heat";

    private static string Text(ReadOnlyMemory<byte> payload) => Encoding.UTF8.GetString(payload.ToArray());

    [Fact]
    public async Task Opening_publishes_retained_state_and_an_alert_event_and_writes_a_point()
    {
        using var harness = new SymbiosisHarness();

        await harness.RunAsync(6);

        await harness.Publisher.Received(1).PublishAsync(
            $"rm/v1/hiep-phuoc/opportunities/{Pair}",
            Arg.Is<ReadOnlyMemory<byte>>(p => Text(p).Contains("\"legalStanding\":\"permitted\"")),
            true, Arg.Any<CancellationToken>());
        await harness.Publisher.Received().PublishAsync(
            "rm/v1/hiep-phuoc/alerts",
            Arg.Is<ReadOnlyMemory<byte>>(p => Text(p).Contains("\"state\":\"opened\"") && Text(p).Contains(Pair)),
            false, Arg.Any<CancellationToken>());
        await harness.Sink.Received().WriteAsync(
            Arg.Is<IReadOnlyList<PointData>>(points => points.Any(p => p.ToLineProtocol(null).StartsWith("opportunity,", StringComparison.Ordinal))),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_retained_state_is_cleared_with_an_empty_payload_when_the_opportunity_closes()
    {
        using var harness = new SymbiosisHarness();
        await harness.RunAsync(6);

        await harness.RunAsync(15, dyeingKw: 0);

        await harness.Publisher.Received(1).PublishAsync(
            $"rm/v1/hiep-phuoc/opportunities/{Pair}", Arg.Is<ReadOnlyMemory<byte>>(p => p.Length == 0), true, Arg.Any<CancellationToken>());
        await harness.Publisher.Received().PublishAsync(
            "rm/v1/hiep-phuoc/alerts", Arg.Is<ReadOnlyMemory<byte>>(p => Text(p).Contains("\"state\":\"closed\"")), false, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_giving_and_the_taking_plant_get_the_state_and_the_alerts_on_their_own_topics_and_no_other_plant_does()
    {
        using var harness = new SymbiosisHarness();
        var topics = new List<(string Topic, bool Retain, int Length)>();
        harness.Publisher.PublishAsync(Arg.Any<string>(), Arg.Any<ReadOnlyMemory<byte>>(), Arg.Any<bool>(), Arg.Any<CancellationToken>())
            .Returns(Task.CompletedTask)
            .AndDoes(call => topics.Add((call.ArgAt<string>(0), call.ArgAt<bool>(2), call.ArgAt<ReadOnlyMemory<byte>>(1).Length)));

        await harness.RunAsync(6);
        await harness.RunAsync(15, dyeingKw: 0);

        foreach (var plant in new[] { "steel-01", "dyeing-01" })
        {
            var state = topics.Where(t => t.Topic == $"rm/v1/hiep-phuoc/{plant}/opportunities/{Pair}").ToList();
            Assert.True(state.Count >= 2, $"{plant}: {state.Count} state messages");
            Assert.All(state, t => Assert.True(t.Retain));
            Assert.True(state[0].Length > 0, $"{plant}: the opened state is empty");
            Assert.Equal(0, state[^1].Length);
            Assert.True(topics.Count(t => t.Topic == $"rm/v1/hiep-phuoc/{plant}/alerts" && !t.Retain) >= 2, $"{plant}: opened and closed alerts");
        }

        var plantTopics = topics.Select(t => t.Topic.Split('/')).Where(parts => parts.Length > 4 && parts[3] != "opportunities").Select(parts => parts[3]).ToHashSet();
        Assert.Equal(new HashSet<string> { "steel-01", "dyeing-01" }, plantTopics);
        Assert.Equal(
            topics.Count(t => t.Topic == $"rm/v1/hiep-phuoc/opportunities/{Pair}"),
            topics.Count(t => t.Topic == $"rm/v1/hiep-phuoc/steel-01/opportunities/{Pair}"));
    }

    [Fact]
    public async Task After_a_restart_from_the_snapshot_an_open_opportunity_is_not_announced_again_and_totals_continue()
    {
        var directory = Directory.CreateTempSubdirectory("rm-symbiosis-restart-");
        double totalBefore;
        using (var first = new SymbiosisHarness(directory))
        {
            await first.RunAsync(60);
            totalBefore = first.State.Board(null).Opportunities.Single(o => o.Id == Pair).Totals.Quantity;
        }

        using var second = new SymbiosisHarness(directory);
        second.Time.SetUtcNow(SymbiosisHarness.Start.AddMinutes(60));
        await second.Monitor.StartAsync(CancellationToken.None);
        await second.RunAsync(60);
        await second.Monitor.StopAsync(CancellationToken.None);
        directory.Delete(recursive: true);

        await second.Publisher.DidNotReceive().PublishAsync(
            "rm/v1/hiep-phuoc/alerts", Arg.Is<ReadOnlyMemory<byte>>(p => Text(p).Contains("\"state\":\"opened\"")), false, Arg.Any<CancellationToken>());
        var after = second.State.Board(null).Opportunities.Single(o => o.Id == Pair);
        Assert.True(totalBefore > 0);
        Assert.InRange(after.Totals.Quantity, totalBefore + 800, totalBefore + 1000);
    }

    [Fact]
    public async Task A_webhook_receiver_that_stays_down_gets_its_alerts_written_to_the_dead_letter_log()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var harness = new SymbiosisHarness(webhooks: [new Uri($"http://127.0.0.1:{port}/hook")]);
        await harness.Webhooks.StartAsync(CancellationToken.None);

        await harness.RunAsync(6);

        var deadLetter = Path.Combine(harness.Directory.FullName, "dead.jsonl");
        for (var i = 0; i < 200 && !File.Exists(deadLetter); i++)
        {
            await Task.Delay(50);
        }

        await harness.Webhooks.StopAsync(CancellationToken.None);
        var line = Assert.Single(await File.ReadAllLinesAsync(deadLetter));
        using var json = JsonDocument.Parse(line);
        Assert.Equal($"http://127.0.0.1:{port}/hook", json.RootElement.GetProperty("url").GetString());
        Assert.Contains(Pair, json.RootElement.GetProperty("payload").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plant_sees_only_the_opportunities_that_concern_it()
    {
        using var harness = new SymbiosisHarness();
        await harness.RunAsync(6);

        Assert.Single(harness.State.Board("dyeing-01").Opportunities);
        Assert.Empty(harness.State.Board("paper-01").Opportunities);
        Assert.Null(harness.State.History(Pair, "paper-01"));
        Assert.Single(harness.State.History(Pair, "steel-01")!);
    }

    [Fact]
    public async Task Every_evaluation_writes_one_balance_point_per_resource_of_the_catalog_at_the_evaluation_time()
    {
        using var harness = new SymbiosisHarness();

        await harness.RunAsync(6);

        var lastWrite = harness.Sink.ReceivedCalls().Last(c => c.GetMethodInfo().Name == nameof(harness.Sink.WriteAsync));
        var lines = ((IReadOnlyList<PointData>)lastWrite.GetArguments()[0]!).Select(p => p.ToLineProtocol(null))
            .Where(l => l.StartsWith("symbiosis_balance,", StringComparison.Ordinal)).ToList();
        var at = " " + harness.Time.GetUtcNow().ToUnixTimeMilliseconds();
        Assert.Equal(["heat", "water", "waste"], lines.Select(l => l.Split(' ')[0].Split("resource=")[1]));
        Assert.All(lines, l => Assert.EndsWith(at, l, StringComparison.Ordinal));
        var heat = lines[0];
        Assert.Contains("surplus_rate=1200,", heat, StringComparison.Ordinal);
        Assert.Contains("demand_rate=900,", heat, StringComparison.Ordinal);
        Assert.Contains("offers_in_surplus=1i", heat, StringComparison.Ordinal);
        Assert.Contains("rate_unit=\"kW\"", heat, StringComparison.Ordinal);
        Assert.DoesNotContain("allocated_rate=0,", heat, StringComparison.Ordinal);
        Assert.Contains("allocated_rate=0,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith("surplus_rate=0" + at, lines[1], StringComparison.Ordinal);
        Assert.Contains("rate_unit=\"kg\"", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_open_an_opportunity_writes_its_growing_running_totals_once_per_interval()
    {
        using var harness = new SymbiosisHarness();
        harness.Options.RunningTotalsInterval = TimeSpan.FromMinutes(3);

        await harness.RunAsync(30);

        var lines = harness.Sink.ReceivedCalls()
            .Where(c => c.GetMethodInfo().Name == nameof(harness.Sink.WriteAsync))
            .SelectMany(c => (IReadOnlyList<PointData>)c.GetArguments()[0]!)
            .Select(p => p.ToLineProtocol(null))
            .Where(l => l.StartsWith("opportunity,", StringComparison.Ordinal) && l.Contains($"opportunity={Pair},", StringComparison.Ordinal))
            .ToList();
        var opened = Assert.Single(lines, l => l.Contains("event=opened", StringComparison.Ordinal));
        var running = lines.Where(l => l.Contains("event=running", StringComparison.Ordinal)).ToList();
        var times = running.Select(l => long.Parse(l[(l.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var totals = running.Select(l => double.Parse(l.Split("total_quantity=")[1].Split(',', ' ')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(running.Count, 7, 9);
        Assert.DoesNotContain(long.Parse(opened[(opened.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture), times);
        Assert.All(times.Zip(times.Skip(1)), t => Assert.Equal(TimeSpan.FromMinutes(3).TotalMilliseconds, t.Second - t.First));
        Assert.All(totals.Zip(totals.Skip(1)), t => Assert.True(t.Second > t.First, $"running totals should grow: {t.First} then {t.Second}"));
        Assert.Equal(totals[1] - totals[0], totals[^1] - totals[^2], 6);
    }
}
