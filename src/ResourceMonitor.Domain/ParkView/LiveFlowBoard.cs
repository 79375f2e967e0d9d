using ResourceMonitor.Contracts;
using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.ParkView;

/// <summary>
/// The park's live flows per plant, resource and role, from the latest rate of every meter heard from recently (ambient
/// sensors averaged, flows summed). Pure and
/// clock-free: the caller passes the time; not thread-safe (the worker holds a lock).
/// </summary>
public sealed class LiveFlowBoard
{
    private readonly ParkCatalog _catalog;
    private readonly TimeSpan _staleAfter;
    private readonly Dictionary<(string Plant, string Meter), MeterRate> _meters = [];

    /// <summary>A board for <paramref name="catalog"/>'s meters; a meter silent for longer than <paramref name="staleAfter"/> stops counting.</summary>
    public LiveFlowBoard(ParkCatalog catalog, TimeSpan staleAfter)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(staleAfter, TimeSpan.Zero);
        _catalog = catalog;
        _staleAfter = staleAfter;
    }

    /// <summary>Takes the readings of one plant; readings of meters the catalog does not know are ignored.</summary>
    public void Observe(string plant, IEnumerable<Reading> readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        foreach (var reading in readings)
        {
            if (reading.Quality == ReadingQuality.Suspect || !_catalog.TryGetMeter(plant, reading.Meter, out var meter))
            {
                continue;
            }

            if (!_meters.TryGetValue((plant, reading.Meter), out var rate))
            {
                _meters[(plant, reading.Meter)] = rate = new MeterRate(meter);
            }

            rate.Observe(reading);
        }
    }

    /// <summary>The flows at <paramref name="now"/>, by plant, resource and role; only meters heard within the stale limit count.</summary>
    public IReadOnlyList<PlantFlow> Flows(DateTimeOffset now) =>
        _meters.Values
            .Where(m => m.Rate is not null && m.At is { } at && now - at <= _staleAfter)
            .GroupBy(m => (m.Meter.PlantId, m.Meter.Resource, m.Meter.Role, m.Meter.RateUnit))
            .Select(g => new PlantFlow(g.Key.PlantId, g.Key.Resource, g.Key.Role, Combine(g.Key.Role, g.Select(m => m.Rate!.Value)), g.Key.RateUnit, g.Count(), g.Max(m => m.At!.Value)))
            .OrderBy(f => f.Plant, StringComparer.Ordinal).ThenBy(f => f.Resource).ThenBy(f => f.Role)
            .ToList();

    // Flows add up; ambient conditions (temperature, humidity) of several sensors are averaged.
    private static double Combine(MeterRole role, IEnumerable<double> rates) => role == MeterRole.Ambient ? rates.Average() : rates.Sum();
}
