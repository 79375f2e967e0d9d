using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary><see cref="FakeCatalog"/> with a bug: checking a reading of <paramref name="faultyMeter"/> throws.</summary>
internal sealed class FaultyCatalog(string faultyMeter) : IReadingCatalog
{
    private readonly FakeCatalog _catalog = new();

    public IReadOnlyList<string> Parks => _catalog.Parks;

    public bool HasPlant(string park, string plant) => _catalog.HasPlant(park, plant);

    public string? OtherParkOf(string park, string plant) => _catalog.OtherParkOf(park, plant);

    public ReadingCheck Check(string park, string plant, Reading reading, string path) =>
        reading.Meter == faultyMeter ? throw new KeyNotFoundException($"no profile for {reading.Meter}") : _catalog.Check(park, plant, reading, path);

    public MeterProfile? Describe(string park, string plant, string meter) => _catalog.Describe(park, plant, meter);
}
