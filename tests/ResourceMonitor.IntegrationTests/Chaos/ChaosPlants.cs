namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The plants the chaos run drives, each with one edge agent: meters of the sample catalog (catalog/hiep-phuoc.json) with
/// their catalog units; counter steps sized from the catalog's <c>maxRate</c> so no reading looks like a spike.
/// </summary>
public static class ChaosPlants
{
    /// <summary>The park.</summary>
    public const string Park = "hiep-phuoc";

    /// <summary>Every chaos meter, by plant, for readings one <paramref name="interval"/> apart.</summary>
    public static IReadOnlyList<ChaosMeter> Meters(TimeSpan interval) =>
    [
        ChaosMeter.Counter("dyeing-01", "grid-power", "kWh", 3000, interval),
        ChaosMeter.Counter("dyeing-01", "boiler-gas", "kWh", 4000, interval),
        ChaosMeter.Counter("dyeing-01", "city-water", "m3", 200, interval),
        ChaosMeter.Counter("dyeing-01", "fabric", "kg", 5000, interval),
        ChaosMeter.Gauge("dyeing-01", "boiler-heat", "kW", 600, 5),
        ChaosMeter.Gauge("dyeing-01", "effluent", "m3/h", 30, 0.5),
        ChaosMeter.Counter("paper-01", "grid-power", "kWh", 6000, interval),
        ChaosMeter.Counter("paper-01", "city-water", "m3", 400, interval),
        ChaosMeter.Counter("paper-01", "paper", "kg", 20000, interval),
        ChaosMeter.Gauge("paper-01", "ct-makeup", "m3/h", 50, 0.25),
        ChaosMeter.Gauge("paper-01", "sludge-stock", "kg", 400, 2),
    ];
}
