using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Tests.Catalog;

public sealed class CatalogFolderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rm-catalogs-");

    public CatalogFolderTests()
    {
        File.Copy(SampleCatalog.Path(), Path.Combine(_folder.FullName, "hiep-phuoc.json"));
        File.Copy(SampleCatalog.SmallPark(), Path.Combine(_folder.FullName, "small-park.json"));
    }

    private CatalogAuditTrail Trail => new(Path.Combine(_folder.FullName, "state", "audit.jsonl"));

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void A_folder_gives_one_park_per_file_all_owned_when_ingest_names_none()
    {
        var catalogs = new ParkCatalogs(CatalogRegistration.Load(_folder.FullName, [], Trail));

        Assert.Equal(["hiep-phuoc", "small-park"], catalogs.Parks);
        Assert.True(catalogs.TryGet("small-park", out var small));
        Assert.Equal(2, small.Plants.Count);
    }

    [Fact]
    public void Ingest_parks_choose_the_owned_parks_of_the_folder()
    {
        var catalogs = new ParkCatalogs(CatalogRegistration.Load(_folder.FullName, ["small-park"], Trail));

        Assert.Equal(["small-park"], catalogs.Parks);
        Assert.False(catalogs.TryGet("hiep-phuoc", out _));
    }

    [Fact]
    public void An_owned_park_without_a_catalog_stops_start_up_naming_the_setting()
    {
        var ex = Assert.Throws<CatalogException>(() => CatalogRegistration.Load(_folder.FullName, ["small-park", "amata"], Trail));

        Assert.Contains("Ingest:Parks names 'amata'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_park_declared_by_two_files_stops_start_up_naming_both()
    {
        File.Copy(SampleCatalog.SmallPark(), Path.Combine(_folder.FullName, "small-park-copy.json"));

        var ex = Assert.Throws<CatalogException>(() => CatalogRegistration.Load(_folder.FullName, [], Trail));

        Assert.Contains("park 'small-park' is declared by small-park-copy.json and small-park.json", ex.Message, StringComparison.Ordinal);
    }
}
