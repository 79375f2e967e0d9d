using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Tests.Catalog;

/// <summary>The five sample parks of the pilot programme (catalog/*.json; illustrative figures, named as such).</summary>
public class SampleParksTests
{
    private static readonly string[] Ids = ["deep-c", "amata", "hiep-phuoc", "tra-noc", "hoa-khanh"];

    public static TheoryData<string> Parks => new(Ids);

    private static ParkCatalog Load(string park) =>
        ParkCatalogLoader.LoadFile(Path.Combine(Path.GetDirectoryName(SampleCatalogTests.SamplePath)!, park + ".json"));

    [Theory]
    [MemberData(nameof(Parks))]
    public void Each_sample_park_loads_is_named_illustrative_and_has_an_exchange_to_find(string park)
    {
        var catalog = Load(park);

        Assert.Equal(park, catalog.Park.Id);
        Assert.Contains("sample", catalog.Park.Name, StringComparison.Ordinal);
        Assert.Equal("Asia/Ho_Chi_Minh", catalog.Park.TimeZone.Id);
        Assert.NotEmpty(catalog.Offers);
        Assert.NotEmpty(catalog.Needs);
        Assert.Contains(catalog.Offers, o => catalog.Needs.Any(n => n.PlantId != o.PlantId && Resource(catalog, o.PlantId, o.MeterId) == Resource(catalog, n.PlantId, n.MeterId)));
        Assert.Single(catalog.Meters, m => m.Resource == Domain.Catalog.Resource.Weather);
        Assert.Contains(catalog.Plants, p => p.Sector == "wastewater treatment");
    }

    [Fact]
    public void The_five_parks_differ_in_size_and_sector()
    {
        var catalogs = Ids.Select(Load).ToList();

        Assert.Equal(5, catalogs.Select(c => c.Plants.Count).Distinct().Count());
        var sectors = catalogs.SelectMany(c => c.Plants.Select(p => p.Sector)).Distinct().Count();
        Assert.True(sectors >= 20, $"{sectors} sectors");
        Assert.Equal(catalogs.Count, catalogs.Select(c => c.Park.Id).Distinct().Count());
    }

    private static Resource Resource(ParkCatalog catalog, string plant, string meter) =>
        catalog.TryGetMeter(plant, meter, out var m) ? m.Resource : throw new InvalidOperationException($"{plant}/{meter}");
}
