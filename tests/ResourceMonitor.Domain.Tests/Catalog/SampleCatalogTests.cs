using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Tests.Catalog;

public class SampleCatalogTests
{
    internal static string SamplePath
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "catalog", "hiep-phuoc.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("catalog/hiep-phuoc.json not found above the test directory");
        }
    }

    [Fact]
    public void Sample_park_loads_with_the_six_required_sectors_and_every_resource()
    {
        var catalog = ParkCatalogLoader.LoadFile(SamplePath);

        Assert.Equal("hiep-phuoc", catalog.Park.Id);
        Assert.Equal("VND", catalog.Park.Currency);
        foreach (var sector in new[] { "textile dyeing", "food processing", "steel", "paper", "power generation", "wastewater treatment" })
        {
            Assert.Contains(catalog.Plants, p => p.Sector == sector);
        }

        foreach (var resource in new[] { Resource.Water, Resource.Electricity, Resource.Heat, Resource.Waste, Resource.Gas, Resource.Weather })
        {
            Assert.Contains(catalog.Meters, m => m.Resource == resource);
        }

        Assert.True(catalog.TryGetMeter("steel-01", "cooling-heat", out var heat));
        Assert.Equal(95, heat.Quality.TemperatureC);
        Assert.Equal(2, catalog.FindMeter("grid-power").Count(m => m.PlantId is "dyeing-01" or "steel-01"));
        Assert.Equal(LegalStanding.NeedsLicence, catalog.Offers.Single(o => o.Id == "paper-sludge").LegalStanding);
    }

    [Fact]
    public void Steel_plant_is_within_heat_exchange_distance_of_the_dyeing_plant()
    {
        var catalog = ParkCatalogLoader.LoadFile(SamplePath);

        var metres = catalog.DistanceMetres("steel-01", "dyeing-01");

        Assert.InRange(metres, 500, catalog.Park.ExchangeLimits[Resource.Heat].MaxDistanceMetres);
    }
}
