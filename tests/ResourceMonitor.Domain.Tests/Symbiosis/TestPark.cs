using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

/// <summary>Small hand-made parks for the symbiosis tests.</summary>
internal static class TestPark
{
    public static Park Park(double heatLimit = 3000, double heatLoss = 0.0) => new(
        "test-park", "Test park", TimeZoneInfo.Utc, "VND",
        new Tariffs(ElectricityPerKwh: 2000, WaterPerM3: 15000, GasPerKwh: 1000, WasteDisposalPerKg: 3000),
        new EmissionFactors(GridKgCo2ePerKwh: 0.68, FuelKgCo2ePerKwh: 0.2, WaterKgCo2ePerM3: 0.3, WasteKgCo2ePerKg: 0.5),
        new Dictionary<Resource, ExchangeLimit>
        {
            [Resource.Heat] = new(heatLimit, heatLoss),
            [Resource.Water] = new(5000, 0),
            [Resource.Waste] = new(50000, 0),
        });

    // About 111 m per 0.001 degree of latitude.
    public static Plant Plant(string id, double northMetres = 0) => new(id, id.ToUpperInvariant(), "test", new GeoLocation(10.6 + (northMetres / 111_195), 106.7));

    public static Meter Gauge(string plant, string id, Resource resource, MeterRole role, string unit, MeterQuality? quality = null) =>
        new(id, plant, resource, role, unit, ReadingKind.Gauge, quality ?? MeterQuality.None);

    public static Offer HeatOffer(string id, string plant, string meter, double temperature, double open = 100, double close = 60) =>
        new(id, plant, meter, Resource.Heat, new MeterQuality(TemperatureC: temperature), open, close, "24/7", LegalStanding.Permitted);

    public static Need HeatNeed(string id, string plant, string meter, double minTemperature, double efficiency = 0.9) =>
        new(id, plant, meter, Resource.Heat, minTemperature, null, [], efficiency, Resource.Gas);

    /// <summary>Heat offers a, b and heat needs x, y with the given temperatures, plants in a line 500 m apart.</summary>
    public static ParkCatalog Heat(params (string Id, bool IsOffer, double Temperature)[] parts)
    {
        var plants = new List<Plant>();
        var meters = new List<Meter>();
        var offers = new List<Offer>();
        var needs = new List<Need>();
        for (var i = 0; i < parts.Length; i++)
        {
            var (id, isOffer, temperature) = parts[i];
            plants.Add(Plant(id, i * 500));
            meters.Add(Gauge(id, "heat", Resource.Heat, isOffer ? MeterRole.Discharge : MeterRole.Intake, "kW"));
            if (isOffer)
            {
                offers.Add(HeatOffer(id, id, "heat", temperature));
            }
            else
            {
                needs.Add(HeatNeed(id, id, "heat", temperature));
            }
        }

        return new ParkCatalog(Park(), plants, meters, offers, needs);
    }

    /// <summary>A steel plant's slag pile (minimum lot 20 t) and a brick plant 1 km away that takes it.</summary>
    public static ParkCatalog Slag(LegalStanding legalStanding)
    {
        var plants = new[] { Plant("steel"), Plant("bricks", 1000) };
        var meters = new[]
        {
            Gauge("steel", "slag", Resource.Waste, MeterRole.Discharge, "kg", new MeterQuality(MaterialCode: "10 02 02")),
            Gauge("bricks", "raw", Resource.Waste, MeterRole.Intake, "kg/h"),
        };
        var offer = new Offer("slag", "steel", "slag", Resource.Waste, new MeterQuality(MaterialCode: "10 02 02"), 20000, 20000, "", legalStanding);
        var need = new Need("raw", "bricks", "raw", Resource.Waste, null, null, ["10 02 02"], 1, Resource.Waste);
        return new ParkCatalog(Park(), plants, meters, [offer], [need]);
    }

    public static Reading Kw(DateTimeOffset at, double value, string meter = "heat") => new(meter, at, value, "kW", ReadingKind.Gauge);
}
