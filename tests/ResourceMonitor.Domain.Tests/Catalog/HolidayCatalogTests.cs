using System.Text.Json.Nodes;
using ResourceMonitor.Domain.Calendar;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Tests.Catalog;

public sealed class HolidayCatalogTests
{
    [Fact]
    public void The_park_declares_its_countrys_holidays_extra_days_and_plant_closures()
    {
        var catalog = Load(new JsonObject
        {
            ["national"] = "vietnam",
            ["extraDays"] = new JsonArray(new JsonObject { ["day"] = "2027-02-12", ["name"] = "bridge day" }),
            ["closures"] = new JsonArray(new JsonObject { ["plant"] = "dyeing-01", ["from"] = "2027-02-01", ["through"] = "2027-02-14", ["name"] = "Tết shutdown" }),
        });

        var holidays = catalog.Park.Holidays!;
        Assert.Equal(NationalHolidays.Vietnam, holidays.National);
        Assert.Equal(new Holiday(new DateOnly(2027, 2, 12), "bridge day"), Assert.Single(holidays.ExtraDays));
        Assert.Equal(new PlantClosure("dyeing-01", new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 14), "Tết shutdown"), Assert.Single(holidays.Closures));
    }

    [Fact]
    public void A_closure_of_an_unknown_plant_a_bad_date_and_an_unknown_country_are_each_named_with_the_fix()
    {
        var ex = Assert.Throws<CatalogException>(() => Load(new JsonObject
        {
            ["national"] = "narnia",
            ["extraDays"] = new JsonArray(new JsonObject { ["day"] = "12/02/2027", ["name"] = "bridge day" }),
            ["closures"] = new JsonArray(new JsonObject { ["plant"] = "no-such-plant", ["from"] = "2027-02-01", ["through"] = "2027-02-14", ["name"] = "Tết shutdown" }),
        }));

        Assert.Contains("$.park.holidays.national: national holidays 'narnia' is not known; use one of none, vietnam", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.park.holidays.extraDays[0].day: '12/02/2027' is not a date", ex.Message, StringComparison.Ordinal);
        Assert.Contains("$.park.holidays.closures[0].plant: plant 'no-such-plant' is not in the catalog", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_park_keeps_vietnamese_holidays()
    {
        Assert.Equal(NationalHolidays.Vietnam, ParkCatalogLoader.LoadFile(SampleCatalogTests.SamplePath).Park.Holidays!.National);
    }

    private static ParkCatalog Load(JsonObject holidays)
    {
        var json = JsonNode.Parse(File.ReadAllText(SampleCatalogTests.SamplePath))!.AsObject();
        json["park"]!["holidays"] = holidays;
        return ParkCatalogLoader.Parse(json.ToJsonString(), "sample.json");
    }
}
