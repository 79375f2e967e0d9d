using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Aggregation;
using ResourceMonitor.Domain.Counters;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>
/// The park the worker tests publish to: plant <c>dyeing</c> with an electricity counter and a water-flow gauge,
/// plant <c>steel</c> with an electricity counter.
/// </summary>
public sealed class TestPark : IReadingCatalog
{
    /// <summary>The park id.</summary>
    public const string Id = "test-park";

    private static readonly Dictionary<(string Plant, string Meter), (string Resource, string Unit, ReadingKind Kind)> Meters = new()
    {
        [("dyeing", "main-power")] = ("electricity", "kWh", ReadingKind.Counter),
        [("dyeing", "water-flow")] = ("water", "m3/h", ReadingKind.Gauge),
        [("steel", "arc-furnace")] = ("electricity", "kWh", ReadingKind.Counter),
    };

    /// <inheritdoc />
    public string ParkId => Id;

    /// <summary>Registers the test park as the worker's catalog.</summary>
    public static void Register(IServiceCollection services) => services.AddSingleton<IReadingCatalog, TestPark>();

    /// <inheritdoc />
    public bool HasPlant(string plant) => plant is "dyeing" or "steel";

    /// <inheritdoc />
    public ReadingCheck Check(string plant, Reading reading, string path)
    {
        if (!Meters.TryGetValue((plant, reading.Meter), out var meter))
        {
            return Meters.Keys.Any(k => k.Meter == reading.Meter)
                ? ReadingCheck.Refused(RejectReason.MeterOfOtherPlant, $"meter '{reading.Meter}' belongs to another plant", path)
                : ReadingCheck.Refused(RejectReason.UnknownMeter, $"meter '{reading.Meter}' is not in the catalog", path);
        }

        return meter.Unit != reading.Unit
            ? ReadingCheck.Refused(RejectReason.UnitMismatch, $"unit '{reading.Unit}' is not the catalog's '{meter.Unit}'", path)
            : ReadingCheck.Fits(meter.Resource);
    }

    /// <inheritdoc />
    public MeterProfile? Describe(string plant, string meter) =>
        Meters.TryGetValue((plant, meter), out var m) ? new MeterProfile(m.Resource, new MeterSeries(m.Kind, m.Unit, CounterSpec.Unknown)) : null;
}
