using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Edge.Simulation;

namespace ResourceMonitor.Edge.Tests.Simulation;

public sealed class MeterSimulatorTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    private static List<double> Run(SimulatedMeterOptions meter, int seed, int steps, TimeSpan step)
    {
        var simulator = new MeterSimulator(meter, seed, TimeZoneInfo.Utc);
        return Enumerable.Range(0, steps).Select(i => simulator.ValueAt(Monday + (step * i))).ToList();
    }

    [Fact]
    public void The_same_seed_gives_the_same_readings_and_another_seed_others()
    {
        var meter = new SimulatedMeterOptions { Meter = "m1", Unit = "kW", Kind = ReadingKind.Gauge, Mean = 100 };

        Assert.Equal(Run(meter, 7, 50, TimeSpan.FromMinutes(10)), Run(meter, 7, 50, TimeSpan.FromMinutes(10)));
        Assert.NotEqual(Run(meter, 7, 50, TimeSpan.FromMinutes(10)), Run(meter, 8, 50, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void A_simulated_counter_only_grows_at_about_its_mean_rate()
    {
        var meter = new SimulatedMeterOptions { Meter = "m1", Unit = "kWh", Kind = ReadingKind.Counter, Mean = 100, Start = 5000, Profile = "continuous" };

        var values = Run(meter, 1, 24 * 6 + 1, TimeSpan.FromMinutes(10));

        Assert.All(values.Zip(values.Skip(1)), pair => Assert.True(pair.Second >= pair.First));
        Assert.InRange(values[^1] - values[0], 2400 * 0.9, 2400 * 1.1);
    }

    [Fact]
    public void A_day_shift_gauge_is_high_in_working_hours_and_low_at_night_and_on_weekends()
    {
        var meter = new SimulatedMeterOptions { Meter = "m1", Unit = "kW", Kind = ReadingKind.Gauge, Mean = 100, Profile = "day-shift", Noise = 0 };
        var simulator = new MeterSimulator(meter, 1, TimeZoneInfo.Utc);

        var weekdayNoon = simulator.ValueAt(Monday.AddHours(12));
        var weekdayNight = simulator.ValueAt(Monday.AddHours(23));
        var saturdayNoon = simulator.ValueAt(Monday.AddDays(5).AddHours(12));

        Assert.True(weekdayNoon > 5 * weekdayNight);
        Assert.True(weekdayNoon > 5 * saturdayNoon);
    }

    [Fact]
    public void The_shape_follows_local_time_in_the_agents_zone()
    {
        var meter = new SimulatedMeterOptions { Meter = "m1", Unit = "kW", Kind = ReadingKind.Gauge, Mean = 100, Profile = "day-shift", Noise = 0 };
        var saigon = new MeterSimulator(meter, 1, TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));

        // 03:00 UTC is 10:00 in Ho Chi Minh City: working hours there.
        Assert.Equal(140, saigon.ValueAt(Monday.AddHours(3)), 6);
    }

    [Fact]
    public void The_plants_catalog_meters_are_simulated_with_their_nominal_rate_and_profile()
    {
        var catalog = ParkCatalogLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "catalog", "hiep-phuoc.json"));
        var plant = catalog.Plants[0].Id;

        var meters = CatalogMeters.Of(catalog, plant, "hiep-phuoc.json");

        Assert.Equal(catalog.MetersOf(plant).Select(m => m.Id), meters.Select(m => m.Meter));
        Assert.All(meters, m => Assert.True(CanonicalUnits.IsCanonical(m.Unit)));
        Assert.All(meters.Where(m => m.Kind == ReadingKind.Counter), m => Assert.True(m.Start > 0));
    }

    [Fact]
    public void An_agent_plant_missing_from_the_catalog_is_a_configuration_error()
    {
        var catalog = ParkCatalogLoader.LoadFile(Path.Combine(RepositoryPaths.Root, "catalog", "hiep-phuoc.json"));

        var error = Assert.Throws<InvalidOperationException>(() => CatalogMeters.Of(catalog, "no-such-plant", "hiep-phuoc.json"));

        Assert.Contains("Edge:Plant", error.Message, StringComparison.Ordinal);
    }
}
