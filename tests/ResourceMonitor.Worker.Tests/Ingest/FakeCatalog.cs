using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary>A two-plant park: dyeing has an electricity counter and a water-flow gauge, steel has one electricity counter.</summary>
internal sealed class FakeCatalog : IReadingCatalog
{
    private static readonly Dictionary<(string Plant, string Meter), (string Resource, string Unit, ReadingKind Kind, double? MaxRate)> Meters = new()
    {
        [("dyeing", "main-power")] = ("electricity", "kWh", ReadingKind.Counter, null),
        [("dyeing", "water-flow")] = ("water", "m3/h", ReadingKind.Gauge, 500),
        [("steel", "arc-furnace")] = ("electricity", "kWh", ReadingKind.Counter, null),
    };

    public IReadOnlyList<string> Parks { get; } = ["test-park"];

    public bool HasPlant(string park, string plant) => park == "test-park" && plant is "dyeing" or "steel";

    public string? OtherParkOf(string park, string plant) => null;

    public ReadingCheck Check(string park, string plant, Reading reading, string path)
    {
        if (!Meters.TryGetValue((plant, reading.Meter), out var meter))
        {
            return Meters.Keys.Any(k => k.Meter == reading.Meter)
                ? ReadingCheck.Refused(RejectReason.MeterOfOtherPlant, "other plant", path)
                : ReadingCheck.Refused(RejectReason.UnknownMeter, "unknown", path);
        }

        if (meter.Unit != reading.Unit)
        {
            return ReadingCheck.Refused(RejectReason.UnitMismatch, "unit", path);
        }

        if (meter.MaxRate is { } max && Math.Abs(reading.Value) > max)
        {
            return ReadingCheck.Refused(RejectReason.OutOfRange, "range", path);
        }

        return ReadingCheck.Fits(meter.Resource);
    }

    /// <inheritdoc />
    public MeterProfile? Describe(string park, string plant, string meter) =>
        Meters.TryGetValue((plant, meter), out var m) ? new MeterProfile(m.Resource, new MeterSeries(m.Kind, m.Unit, CounterSpec.Unknown)) : null;
}
