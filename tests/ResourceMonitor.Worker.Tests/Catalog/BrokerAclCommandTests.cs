using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Tests.Catalog;

public sealed class BrokerAclCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rm-acl-");

    public BrokerAclCommandTests()
    {
        File.Copy(SampleCatalog.Path(), Path.Combine(_folder.FullName, "hiep-phuoc.json"));
        File.Copy(SampleCatalog.SmallPark(), Path.Combine(_folder.FullName, "small-park.json"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    private async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await BrokerAclCommand.RunAsync(["broker-acl", "--catalog", _folder.FullName, .. args], output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task The_acl_of_one_park_of_a_folder_grants_only_that_parks_topics()
    {
        var (code, acl, _) = await RunAsync("--park", "small-park");

        Assert.Equal(0, code);
        Assert.Contains("topic write rm/v1/small-park/steel-01/readings", acl, StringComparison.Ordinal);
        Assert.DoesNotContain("hiep-phuoc", acl, StringComparison.Ordinal);
        Assert.DoesNotContain("dyeing-01", acl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_of_several_parks_needs_the_park_named()
    {
        var (code, _, errors) = await RunAsync();

        Assert.Equal(2, code);
        Assert.Contains("several parks (hiep-phuoc, small-park); choose one with --park", errors, StringComparison.Ordinal);
    }
}
