using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary><see cref="FakeCatalog"/> with a bug: checking a reading of <paramref name="faultyMeter"/> throws.</summary>
internal sealed class FaultyCatalog(string faultyMeter) : IReadingCatalog
{
    private readonly FakeCatalog _catalog = new();

    public string ParkId => _catalog.ParkId;

    public bool HasPlant(string plant) => _catalog.HasPlant(plant);

    public ReadingCheck Check(string plant, Reading reading, string path) =>
        reading.Meter == faultyMeter ? throw new KeyNotFoundException($"no profile for {reading.Meter}") : _catalog.Check(plant, reading, path);

    public MeterProfile? Describe(string plant, string meter) => _catalog.Describe(plant, meter);
}
