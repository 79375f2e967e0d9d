using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary>
/// A worker owning two parks whose catalogs share the plant id <c>steel-01</c> (hiep-phuoc's steel mill and small-park's):
/// admission checks the topic's park and plant together, never the plant alone.
/// </summary>
public sealed class TwoParkAdmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static readonly ParkCatalogs Catalogs = new(
        ParkCatalogLoader.LoadFile(SampleCatalog.Path()),
        ParkCatalogLoader.LoadFile(SampleCatalog.SmallPark()));

    private readonly MessageAdmission _admission = new(new ParkCatalogReadings(Catalogs), new IngestOptions(), new FakeTimeProvider(Now), NullLogger.Instance);

    private static byte[] Batch(string meter, string unit, ReadingKind kind) =>
        ReadingBatchCodec.Encode(new ReadingBatch("edge-1", Guid.NewGuid().ToString("N"), [new Reading(meter, Now.AddMinutes(-1), 500, unit, kind)]));

    [Fact]
    public void A_plant_of_one_park_is_refused_on_another_parks_topic_naming_the_park_it_belongs_to()
    {
        // dyeing-01 is a plant of hiep-phuoc only; the worker owns small-park too.
        var admitted = _admission.Admit("rm/v1/small-park/dyeing-01/readings", Batch("grid-power", "kWh", ReadingKind.Counter));

        Assert.Empty(admitted.Accepted);
        var rejection = Assert.Single(admitted.Rejections);
        Assert.Equal(RejectReason.PlantOfOtherPark, rejection.Reason);
        Assert.Contains("'hiep-phuoc'", rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_plant_id_is_checked_against_the_meters_of_the_topics_park()
    {
        // grid-power is a meter of hiep-phuoc's steel-01 and of small-park's paper-02; small-park's steel-01 has main-power.
        var crossed = _admission.Admit("rm/v1/small-park/steel-01/readings", Batch("grid-power", "kWh", ReadingKind.Counter));
        var own = _admission.Admit("rm/v1/small-park/steel-01/readings", Batch("main-power", "kWh", ReadingKind.Counter));
        var other = _admission.Admit("rm/v1/hiep-phuoc/steel-01/readings", Batch("main-power", "kWh", ReadingKind.Counter));

        var refused = Assert.Single(crossed.Rejections);
        Assert.Equal(RejectReason.MeterOfOtherPlant, refused.Reason);
        Assert.Contains("'paper-02'", refused.Detail, StringComparison.Ordinal);
        Assert.Single(own.Accepted);
        Assert.Equal("small-park", own.Park);
        Assert.Equal(RejectReason.UnknownMeter, Assert.Single(other.Rejections).Reason);
    }

    [Fact]
    public void A_park_not_owned_is_refused_even_when_its_plant_id_exists_in_an_owned_park()
    {
        var admitted = _admission.Admit("rm/v1/tra-noc/steel-01/readings", Batch("main-power", "kWh", ReadingKind.Counter));

        Assert.Equal(RejectReason.UnknownPark, Assert.Single(admitted.Rejections).Reason);
    }

    [Fact]
    public void The_worker_owns_the_parks_of_its_catalogs_in_order()
    {
        Assert.Equal(["hiep-phuoc", "small-park"], new ParkCatalogReadings(Catalogs).Parks);
    }
}
