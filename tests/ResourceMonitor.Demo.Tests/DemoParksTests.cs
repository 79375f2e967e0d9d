using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Demo.Tests;

public sealed class DemoParksTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rm-demo-parks-");

    public DemoParksTests()
    {
        File.Copy(Find("catalog", "hiep-phuoc.json"), Path.Combine(_folder.FullName, "hiep-phuoc.json"));
        File.Copy(Find("tests", "data", "catalogs", "small-park.json"), Path.Combine(_folder.FullName, "small-park.json"));
    }

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Without_parks_the_demo_runs_its_one_catalog_unchanged()
    {
        var options = new DemoOptions();

        Assert.Same(options, Assert.Single(DemoParks.Plan(options)));
    }

    [Fact]
    public void Each_park_gets_its_catalog_its_own_data_directory_and_the_next_ports()
    {
        var options = new DemoOptions { Catalog = Path.Combine(_folder.FullName, "hiep-phuoc.json"), Parks = "small-park, hiep-phuoc", DataDirectory = ".demo", BrokerPort = 41883, HttpPort = 45080 };

        var parks = DemoParks.Plan(options);

        Assert.Equal(["small-park.json", "hiep-phuoc.json"], parks.Select(p => Path.GetFileName(p.Catalog)));
        Assert.Equal([Path.Combine(".demo", "small-park"), Path.Combine(".demo", "hiep-phuoc")], parks.Select(p => p.DataDirectory));
        Assert.Equal([(41883, 45080), (41884, 45081)], parks.Select(p => (p.BrokerPort, p.HttpPort)));
    }

    [Fact]
    public void All_takes_every_park_of_the_folder_and_free_ports_stay_free()
    {
        var parks = DemoParks.Plan(new DemoOptions { Catalog = _folder.FullName, Parks = "all", BrokerPort = 0, HttpPort = 0 });

        Assert.Equal(2, parks.Count);
        Assert.All(parks, p => Assert.Equal((0, 0), (p.BrokerPort, p.HttpPort)));
    }

    [Fact]
    public void A_park_without_a_catalog_is_named_with_the_parks_there_are()
    {
        var ex = Assert.Throws<CatalogException>(() => DemoParks.Plan(new DemoOptions { Catalog = _folder.FullName, Parks = "hiep-phuoc,amata" }));

        Assert.Contains("Demo:Parks names 'amata'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("choose among hiep-phuoc, small-park", ex.Message, StringComparison.Ordinal);
    }

    private static string Find(params string[] parts)
    {
        var relative = Path.Combine(parts);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relative);
    }
}
