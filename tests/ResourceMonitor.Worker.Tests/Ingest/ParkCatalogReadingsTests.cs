using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

public sealed class ParkCatalogReadingsTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly ParkCatalogReadings Catalog = new(new ParkCatalogs(ParkCatalogLoader.LoadFile(SampleCatalog.Path())));

    private static RejectReason? Verdict(string plant, Reading reading) => Catalog.Check("hiep-phuoc", plant, reading, "$").Rejection?.Reason;

    [Fact]
    public void A_declared_meter_with_its_unit_and_kind_fits_and_names_its_resource()
    {
        var check = Catalog.Check("hiep-phuoc", "dyeing-01", new Reading("grid-power", T, 1234, "kWh", ReadingKind.Counter), "$");

        Assert.Null(check.Rejection);
        Assert.Equal("electricity", check.Resource);
    }

    [Fact]
    public void A_meter_of_another_plant_is_named_as_such()
    {
        Assert.Equal(RejectReason.MeterOfOtherPlant, Verdict("steel-01", new Reading("fabric", T, 1, "kg", ReadingKind.Counter)));
        Assert.Equal(RejectReason.UnknownMeter, Verdict("steel-01", new Reading("no-such-meter", T, 1, "kg", ReadingKind.Counter)));
    }

    [Fact]
    public void Unit_kind_and_plausible_range_must_match_the_catalog()
    {
        Assert.Equal(RejectReason.UnitMismatch, Verdict("dyeing-01", new Reading("grid-power", T, 1, "m3", ReadingKind.Counter)));
        Assert.Equal(RejectReason.KindMismatch, Verdict("dyeing-01", new Reading("effluent", T, 1, "m3/h", ReadingKind.Counter)));
        Assert.Equal(RejectReason.OutOfRange, Verdict("dyeing-01", new Reading("effluent", T, 5000, "m3/h", ReadingKind.Gauge)));
        Assert.Equal(RejectReason.OutOfRange, Verdict("dyeing-01", new Reading("grid-power", T, 1e9, "kWh", ReadingKind.Counter)));
    }

    [Fact]
    public void The_park_and_its_plants_come_from_the_catalog()
    {
        Assert.Equal(["hiep-phuoc"], Catalog.Parks);
        Assert.True(Catalog.HasPlant("hiep-phuoc", "wwtp-01"));
        Assert.False(Catalog.HasPlant("hiep-phuoc", "bakery"));
        Assert.False(Catalog.HasPlant("other-park", "wwtp-01"));
    }
}
