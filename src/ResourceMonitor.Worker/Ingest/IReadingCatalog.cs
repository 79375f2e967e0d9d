using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Ingest;

/// <summary>
/// What ingest asks of the park catalogs: which parks the worker owns, does a plant belong to a park, and does a reading
/// fit its meter. Park and plant are always asked together: a plant id of one park means nothing on another park's topic.
/// </summary>
public interface IReadingCatalog
{
    /// <summary>The parks this worker owns (it subscribes to their topics only).</summary>
    IReadOnlyList<string> Parks { get; }

    /// <summary>True when <paramref name="plant"/> is a plant of <paramref name="park"/>'s catalog.</summary>
    bool HasPlant(string park, string plant);

    /// <summary>The owned park whose catalog has <paramref name="plant"/>, other than <paramref name="park"/>, or null (to name a cross-park attempt).</summary>
    string? OtherParkOf(string park, string plant);

    /// <summary>Checks <paramref name="reading"/> against its meter: it belongs to <paramref name="plant"/> of <paramref name="park"/>, unit and kind match, value plausible.</summary>
    ReadingCheck Check(string park, string plant, Reading reading, string path);

    /// <summary>What aggregation needs of a meter of <paramref name="plant"/> of <paramref name="park"/>, or null when the catalog does not have it.</summary>
    MeterProfile? Describe(string park, string plant, string meter);
}
