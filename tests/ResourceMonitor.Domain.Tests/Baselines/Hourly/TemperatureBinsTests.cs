using ResourceMonitor.Domain.Baselines.Hourly;

namespace ResourceMonitor.Domain.Tests.Baselines.Hourly;

public sealed class TemperatureBinsTests
{
    [Fact]
    public void Segmented_features_add_up_to_the_temperature_so_the_response_is_continuous()
    {
        var bins = TemperatureBins.For([.. Enumerable.Range(-100, 500).Select(i => i / 10.0)], HourlyModelOptions.Default.BinEndpointsCelsius, 20);
        var features = new double[bins.Count];

        bins.Features(20, features);

        Assert.Equal(7, bins.Count);
        Assert.Equal([-1.111, 8.333, 5.556, 5.555, 1.667, 0, 0], features.Select(f => Math.Round(f, 3)));
        Assert.Equal(20, features.Sum(), 9);
    }

    [Fact]
    public void Bins_with_fewer_than_the_minimum_hours_merge_into_their_neighbours()
    {
        // A tropical site: 25–35 °C with 5 hours at 23 °C. The bins below 23.9 °C are empty or hold those 5 hours, so
        // they merge up into the 23.9–32.2 °C bin; only the 32.2 °C endpoint keeps at least 20 hours on each side.
        var temperatures = Enumerable.Range(0, 1000).Select(i => 25 + (i % 100 / 10.0)).Concat(Enumerable.Repeat(23.0, 5)).ToList();

        var bins = TemperatureBins.For(temperatures, HourlyModelOptions.Default.BinEndpointsCelsius, 20);

        Assert.Equal([32.222], bins.Endpoints);
    }
}
