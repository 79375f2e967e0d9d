using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.IntegrationTests.Symbiosis;

/// <summary>
/// The sample park's settings with <see cref="Pairs"/> independent heat pairs (a giver and a taker 300 m apart, each pair
/// 10 km from the next, beyond the heat limit), so each latency sample opens a fresh pair and needs no close.
/// </summary>
public static class LatencyPark
{
    public const int Pairs = 20;

    /// <summary>A plant with one unwatched meter: its stored reading shows the worker is subscribed.</summary>
    public const string Sentinel = "sentinel";

    public static string Giver(int k) => $"giver-{k:00}";

    public static string Taker(int k) => $"taker-{k:00}";

    public static string Opportunity(int k) => $"{Giver(k)}--{Taker(k)}";

    public static ParkCatalog From(ParkCatalog sample)
    {
        var plants = new List<Plant>();
        var meters = new List<Meter>();
        var offers = new List<Offer>();
        var needs = new List<Need>();
        for (var k = 0; k < Pairs; k++)
        {
            var lat = 10.6 + (k * 0.09);
            plants.Add(new Plant(Giver(k), $"Giver {k}", "test", new GeoLocation(lat, 106.7)));
            plants.Add(new Plant(Taker(k), $"Taker {k}", "test", new GeoLocation(lat + 0.0027, 106.7)));
            meters.Add(new Meter("heat", Giver(k), Resource.Heat, MeterRole.Discharge, CanonicalUnits.Kilowatt, ReadingKind.Gauge, MeterQuality.None, MaxRate: 5000));
            meters.Add(new Meter("heat", Taker(k), Resource.Heat, MeterRole.Intake, CanonicalUnits.Kilowatt, ReadingKind.Gauge, MeterQuality.None, MaxRate: 5000));
            offers.Add(new Offer(Giver(k), Giver(k), "heat", Resource.Heat, new MeterQuality(TemperatureC: 95), 400, 250, "24/7", LegalStanding.Permitted));
            needs.Add(new Need(Taker(k), Taker(k), "heat", Resource.Heat, 60, null, [], 0.9, Resource.Gas));
        }

        plants.Add(new Plant(Sentinel, "Sentinel", "test", new GeoLocation(9, 106.7)));
        meters.Add(new Meter("power", Sentinel, Resource.Electricity, MeterRole.Intake, CanonicalUnits.Kilowatt, ReadingKind.Gauge, MeterQuality.None));
        return new ParkCatalog(sample.Park, plants, meters, offers, needs);
    }
}
