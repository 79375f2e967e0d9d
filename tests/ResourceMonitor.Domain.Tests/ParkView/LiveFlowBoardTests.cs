using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.ParkView;
using ResourceMonitor.Domain.Tests.Catalog;

namespace ResourceMonitor.Domain.Tests.ParkView;

public sealed class LiveFlowBoardTests
{
    private static readonly ParkCatalog Sample = ParkCatalogLoader.LoadFile(SampleCatalogTests.SamplePath);
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counter_flow_is_its_use_per_hour_between_two_readings()
    {
        var board = new LiveFlowBoard(Sample, TimeSpan.FromMinutes(5));
        board.Observe("dyeing-01", [Counter("grid-power", 1000, T0), Counter("grid-power", 1225, T0.AddMinutes(15))]);

        var flow = Assert.Single(board.Flows(T0.AddMinutes(16)));

        Assert.Equal(new PlantFlow("dyeing-01", Resource.Electricity, MeterRole.Intake, 900, "kW", 1, T0.AddMinutes(15)), flow);
    }

    [Fact]
    public void Counter_that_drops_to_zero_never_shows_a_negative_flow()
    {
        var board = new LiveFlowBoard(Sample, TimeSpan.FromMinutes(5));
        board.Observe("dyeing-01", [Counter("grid-power", 1000, T0), Counter("grid-power", 1225, T0.AddMinutes(15)), Counter("grid-power", 0, T0.AddMinutes(16))]);

        var flow = Assert.Single(board.Flows(T0.AddMinutes(17)));

        Assert.Equal(900, flow.Rate, 6);
    }

    [Fact]
    public void Gauges_of_one_plant_resource_and_role_add_up_and_a_silent_meter_stops_counting()
    {
        var board = new LiveFlowBoard(Sample, TimeSpan.FromMinutes(5));
        board.Observe("dyeing-01", [Gauge("boiler-heat", 900, "kW", T0), Gauge("effluent", 40, "m3/h", T0)]);
        board.Observe("dyeing-01", [Gauge("effluent", 42, "m3/h", T0.AddMinutes(4))]);

        var flows = board.Flows(T0.AddMinutes(6));

        var effluent = Assert.Single(flows);
        Assert.Equal((Resource.Water, MeterRole.Discharge, 42.0, "m3/h"), (effluent.Resource, effluent.Role, effluent.Rate, effluent.RateUnit));
        Assert.Equal(2, board.Flows(T0.AddMinutes(1)).Count);
    }

    [Fact]
    public void Older_suspect_and_unknown_readings_leave_the_flows_as_they_were()
    {
        var board = new LiveFlowBoard(Sample, TimeSpan.FromMinutes(5));
        board.Observe("dyeing-01", [Gauge("boiler-heat", 900, "kW", T0)]);
        board.Observe("dyeing-01", [
            Gauge("boiler-heat", 100, "kW", T0.AddSeconds(-10)),
            Gauge("boiler-heat", 5000, "kW", T0.AddSeconds(10)) with { Quality = ReadingQuality.Suspect },
            Gauge("no-such-meter", 7, "kW", T0.AddSeconds(10)),
        ]);
        board.Observe("steel-01", [Gauge("boiler-heat", 7, "kW", T0.AddSeconds(10))]);

        var flow = Assert.Single(board.Flows(T0.AddSeconds(20)));

        Assert.Equal(("dyeing-01", 900.0), (flow.Plant, flow.Rate));
    }

    private static Reading Counter(string meter, double value, DateTimeOffset at) => new(meter, at, value, "kWh", ReadingKind.Counter);

    private static Reading Gauge(string meter, double value, string unit, DateTimeOffset at) => new(meter, at, value, unit, ReadingKind.Gauge);
}
