using System.Globalization;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// <see cref="IReadingCatalog"/> over the park catalogs' current snapshots (<see cref="ParkCatalogs"/>: a live change
/// is seen by the next reading): the topic's plant must exist in the topic's park, the meter must belong to it
/// (a meter of another plant is refused as such), unit and kind must match, and the value must be plausible:
/// a gauge within ±MaxRate, a counter register within its RegisterMax.
/// </summary>
internal sealed class ParkCatalogReadings(ParkCatalogs catalogs) : IReadingCatalog
{
    public IReadOnlyList<string> Parks => catalogs.Parks;

    public bool HasPlant(string park, string plant) => catalogs.TryGet(park, out var catalog) && catalog.TryGetPlant(plant, out _);

    public string? OtherParkOf(string park, string plant) =>
        catalogs.Parks.FirstOrDefault(other => other != park && HasPlant(other, plant));

    public ReadingCheck Check(string park, string plant, Reading reading, string path)
    {
        if (!catalogs.TryGet(park, out var catalog))
        {
            return ReadingCheck.Refused(RejectReason.UnknownPark, $"park '{park}' is not one this worker owns", path);
        }

        if (!catalog.TryGetMeter(plant, reading.Meter, out var meter))
        {
            var elsewhere = catalog.FindMeter(reading.Meter);
            return elsewhere.Count > 0
                ? ReadingCheck.Refused(RejectReason.MeterOfOtherPlant, $"meter '{reading.Meter}' belongs to plant '{elsewhere[0].PlantId}', not '{plant}'", path)
                : ReadingCheck.Refused(RejectReason.UnknownMeter, $"meter '{reading.Meter}' is not in the catalog of plant '{plant}'", path);
        }

        if (!string.Equals(meter.Unit, reading.Unit, StringComparison.Ordinal))
        {
            return ReadingCheck.Refused(RejectReason.UnitMismatch, $"unit '{reading.Unit}' differs from the catalog's '{meter.Unit}' for meter '{meter.Id}'", path);
        }

        if (meter.Kind != reading.Kind)
        {
            return ReadingCheck.Refused(RejectReason.KindMismatch, $"kind '{reading.Kind}' differs from the catalog's '{meter.Kind}' for meter '{meter.Id}'", path);
        }

        return Implausible(meter, reading.Value) is { } why
            ? ReadingCheck.Refused(RejectReason.OutOfRange, why, path)
            : ReadingCheck.Fits(ResourceTag(meter.Resource));
    }

    public MeterProfile? Describe(string park, string plant, string meter) =>
        catalogs.TryGet(park, out var catalog) && catalog.TryGetMeter(plant, meter, out var m)
            ? new MeterProfile(ResourceTag(m.Resource), new MeterSeries(m.Kind, m.Unit, m.CounterSpec))
            : null;

    private static string ResourceTag(Resource resource) => resource.ToString().ToLowerInvariant();

    private static string? Implausible(Meter meter, double value)
    {
        if (meter.Kind == ReadingKind.Gauge && meter.MaxRate is { } max && Math.Abs(value) > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"value {value} {meter.Unit} is beyond the plausible ±{max} of meter '{meter.Id}'");
        }

        if (meter.Kind == ReadingKind.Counter && meter.RegisterMax is { } register && value > register)
        {
            return string.Create(CultureInfo.InvariantCulture, $"register {value} exceeds the meter's register maximum {register}");
        }

        return null;
    }
}
