using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

/// <summary>Drives an engine on fake time: each step every meter's value is read, time moves, the engine evaluates.</summary>
internal sealed class ParkRun
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    public ParkRun(ParkCatalog catalog, DetectionSettings? settings = null)
    {
        Catalog = catalog;
        Engine = new SymbiosisEngine(catalog, settings ?? DetectionSettings.Default);
    }

    public ParkCatalog Catalog { get; }

    public SymbiosisEngine Engine { get; }

    public FakeTimeProvider Time { get; } = new(Start);

    public List<OpportunityEvent> Events { get; } = [];

    /// <summary>The result of the last evaluation.</summary>
    public SymbiosisUpdate? Last { get; private set; }

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Runs <paramref name="duration"/> in steps; <paramref name="value"/> gives (plant, meter, time) → value, or null for no reading.</summary>
    public void Run(TimeSpan duration, Func<string, string, DateTimeOffset, double?> value, TimeSpan? step = null)
    {
        var end = Now + duration;
        while (Now < end)
        {
            Time.Advance(step ?? TimeSpan.FromMinutes(1));
            foreach (var meter in Catalog.Meters)
            {
                if (value(meter.PlantId, meter.Id, Now) is { } v)
                {
                    Engine.Observe(meter.PlantId, new Reading(meter.Id, Now, v, meter.Unit, meter.Kind));
                }
            }

            Last = Engine.Evaluate(Now);
            Events.AddRange(Last.Events);
        }
    }

    public void Run(TimeSpan duration, Func<string, double?> byPlant) => Run(duration, (plant, _, _) => byPlant(plant));

    public IEnumerable<OpportunityEvent> Of(OpportunityEventKind kind) => Events.Where(e => e.Kind == kind);
}
