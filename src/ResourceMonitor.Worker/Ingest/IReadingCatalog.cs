using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>What ingest asks of the park catalog: does the plant exist, and does a reading fit its meter.</summary>
public interface IReadingCatalog
{
    /// <summary>The catalog's park id.</summary>
    string ParkId { get; }

    /// <summary>True when <paramref name="plant"/> is a plant of the park.</summary>
    bool HasPlant(string plant);

    /// <summary>Checks <paramref name="reading"/> against its meter: it belongs to <paramref name="plant"/>, unit and kind match, value plausible.</summary>
    ReadingCheck Check(string plant, Reading reading, string path);

    /// <summary>What aggregation needs of a meter of <paramref name="plant"/>, or null when the catalog does not have it.</summary>
    MeterProfile? Describe(string plant, string meter);
}
