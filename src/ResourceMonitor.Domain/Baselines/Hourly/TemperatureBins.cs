namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// Segmented temperature features (the LBNL time-of-week-and-temperature model CalTRACK adopts): with endpoints
/// b1 &lt; … &lt; bk, feature 0 is min(T, b1), feature i the part of T between b_i and b_(i+1), the last the part above bk,
/// so the fitted response is piecewise linear and continuous in T. Sparse bins are merged.
/// </summary>
public sealed class TemperatureBins
{
    private readonly double[] _endpoints;

    private TemperatureBins(double[] endpoints) => _endpoints = endpoints;

    /// <summary>The endpoints kept.</summary>
    public IReadOnlyList<double> Endpoints => _endpoints;

    /// <summary>Number of features: one more than the endpoints.</summary>
    public int Count => _endpoints.Length + 1;

    /// <summary>
    /// The bins for <paramref name="temperatures"/>: an endpoint is dropped while a bin holds fewer than
    /// <paramref name="minHours"/> hours (the last bin merges down, any other up), as CalTRACK merges sparse bins.
    /// </summary>
    public static TemperatureBins For(IReadOnlyCollection<double> temperatures, IReadOnlyList<double> endpoints, int minHours)
    {
        var kept = endpoints.Order().ToList();
        while (kept.Count > 0)
        {
            var counts = new int[kept.Count + 1];
            foreach (var t in temperatures)
            {
                var bin = kept.FindIndex(e => t < e);
                counts[bin < 0 ? kept.Count : bin]++;
            }

            var sparse = Array.FindIndex(counts, c => c < minHours);
            if (sparse < 0)
            {
                break;
            }

            kept.RemoveAt(sparse == kept.Count ? sparse - 1 : sparse);
        }

        return new TemperatureBins([.. kept]);
    }

    /// <summary>Writes the features of <paramref name="t"/> into <paramref name="into"/> (length <see cref="Count"/>).</summary>
    public void Features(double t, Span<double> into)
    {
        if (_endpoints.Length == 0)
        {
            into[0] = t;
            return;
        }

        into[0] = Math.Min(t, _endpoints[0]);
        for (var i = 1; i < _endpoints.Length; i++)
        {
            into[i] = Math.Clamp(t - _endpoints[i - 1], 0, _endpoints[i] - _endpoints[i - 1]);
        }

        into[_endpoints.Length] = Math.Max(0, t - _endpoints[^1]);
    }
}
