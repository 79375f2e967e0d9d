using ResourceMonitor.Domain.Access;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Tests.Catalog;

namespace ResourceMonitor.Domain.Tests.Access;

public sealed class BrokerAccessPolicyTests
{
    private static readonly ParkCatalog Sample = ParkCatalogLoader.LoadFile(SampleCatalogTests.SamplePath);
    private static readonly BrokerAccessPolicy Policy = BrokerAccessPolicy.For(Sample);

    private static BrokerIdentity User(string name) => Policy.TryGetIdentity(name, out var identity) ? identity : throw new KeyNotFoundException(name);

    [Fact]
    public void Every_plant_of_the_catalog_has_an_edge_user_named_like_its_agent_and_the_worker_one_user_per_connection()
    {
        var users = Policy.Identities.Select(i => i.Username).ToList();

        Assert.Equal(["worker", "worker-pub", "worker-status", "operator", .. Sample.Plants.Select(p => $"edge-{p.Id}")], users);
        Assert.All(Policy.Identities.Where(i => i.Role == BrokerRole.EdgeAgent), i => Assert.Equal($"edge-{i.Plant}", i.Username));
        Assert.False(Policy.TryGetIdentity("grafana", out _));
        Assert.False(Policy.TryGetIdentity(null, out _));
    }

    [Fact]
    public void An_edge_agent_publishes_only_its_own_readings_and_status()
    {
        var steel = User("edge-steel-01");

        Assert.True(steel.MayPublish("rm/v1/hiep-phuoc/steel-01/readings"));
        Assert.True(steel.MayPublish("rm/v1/hiep-phuoc/steel-01/status"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/dyeing-01/readings"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/dyeing-01/status"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/steel-01/ack"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/steel-01/rejected"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/steel-01/opportunities/x"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/steel-01/alerts"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/opportunities/x"));
        Assert.False(steel.MayPublish("rm/v1/hiep-phuoc/alerts"));
        Assert.False(steel.MayPublish("rm/v1/other-park/steel-01/readings"));
    }

    [Fact]
    public void An_edge_agent_reads_its_own_rejections_acknowledgements_opportunities_and_alerts_and_nothing_else()
    {
        var steel = User("edge-steel-01");

        Assert.True(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/rejected"));
        Assert.True(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/ack"));
        Assert.True(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/opportunities/#"));
        Assert.True(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/opportunities/+"));
        Assert.True(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/alerts"));
        Assert.False(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/#"));
        Assert.False(steel.MaySubscribe("rm/v1/hiep-phuoc/steel-01/readings"));
        Assert.False(steel.MaySubscribe("rm/v1/hiep-phuoc/dyeing-01/opportunities/#"));
        Assert.False(steel.MaySubscribe("rm/v1/hiep-phuoc/+/alerts"));
        Assert.False(steel.MaySubscribe("rm/v1/hiep-phuoc/opportunities/#"));
        Assert.False(steel.MaySubscribe("rm/v1/hiep-phuoc/alerts"));
        Assert.False(steel.MaySubscribe("#"));
        Assert.False(steel.MaySubscribe("$SYS/#"));
    }

    [Fact]
    public void The_operator_reads_the_whole_park_and_publishes_nothing()
    {
        var park = User("operator");

        Assert.True(park.MaySubscribe("rm/v1/hiep-phuoc/#"));
        Assert.True(park.MaySubscribe("rm/v1/hiep-phuoc/+/readings"));
        Assert.True(park.MaySubscribe("$SYS/broker/uptime"));
        Assert.False(park.MaySubscribe("rm/v1/#"));
        Assert.False(park.MaySubscribe("#"));
        Assert.False(park.MayPublish("rm/v1/hiep-phuoc/alerts"));
        Assert.False(park.MayPublish("rm/v1/hiep-phuoc/steel-01/status"));
    }

    [Fact]
    public void Every_worker_connection_reads_and_writes_the_park()
    {
        foreach (var user in new[] { "worker", "worker-pub", "worker-status" })
        {
            var worker = User(user);
            Assert.True(worker.MaySubscribe("rm/v1/hiep-phuoc/+/readings"), user);
            Assert.True(worker.MayPublish("rm/v1/hiep-phuoc/steel-01/opportunities/a--b"), user);
            Assert.False(worker.MayPublish("rm/v1/other-park/steel-01/ack"), user);
        }
    }

    [Fact]
    public void The_mosquitto_acl_gives_each_user_its_grants_in_mosquitto_words()
    {
        var acl = MosquittoAclFile.Render(Policy).Split('\n');

        var steel = acl.SkipWhile(l => l != "user edge-steel-01").Skip(1).TakeWhile(l => l.StartsWith("topic ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            "topic write rm/v1/hiep-phuoc/steel-01/readings",
            "topic write rm/v1/hiep-phuoc/steel-01/status",
            "topic read rm/v1/hiep-phuoc/steel-01/rejected",
            "topic read rm/v1/hiep-phuoc/steel-01/ack",
            "topic read rm/v1/hiep-phuoc/steel-01/opportunities/#",
            "topic read rm/v1/hiep-phuoc/steel-01/alerts",
        ], steel);
        Assert.Contains("topic readwrite rm/v1/hiep-phuoc/#", acl);
        Assert.DoesNotContain(acl, l => l.StartsWith("pattern", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_acl_of_the_sample_park_is_what_the_generator_writes_for_its_catalog()
    {
        var repository = Path.GetDirectoryName(Path.GetDirectoryName(SampleCatalogTests.SamplePath))!;
        var committed = File.ReadAllText(Path.Combine(repository, "deploy", "mosquitto", "acl"));

        Assert.True(MosquittoAclFile.Render(Policy) == committed,
            "deploy/mosquitto/acl is stale: regenerate it with `dotnet run --project src/ResourceMonitor.Worker -- broker-acl --catalog catalog/hiep-phuoc.json --out deploy/mosquitto/acl`");
    }
}
