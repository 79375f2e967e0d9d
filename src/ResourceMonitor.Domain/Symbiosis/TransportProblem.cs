namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// Allocates supplies to demands along arcs with losses so that the delivered value is the largest possible, no supply
/// gives more than it has and no demand receives more than it takes: a linear program (a transport problem with
/// losses) solved exactly by the simplex method. Parks have tens of offers and needs, so a dense tableau is plenty.
/// </summary>
public static class TransportProblem
{
    private const double Epsilon = 1e-9;

    /// <summary>The quantity leaving each supply along each arc (same order as <paramref name="arcs"/>).</summary>
    public static double[] Solve(IReadOnlyList<double> supplies, IReadOnlyList<double> demands, IReadOnlyList<TransportArc> arcs)
    {
        var n = arcs.Count;
        var m = supplies.Count + demands.Count;
        if (n == 0)
        {
            return [];
        }

        // Rows: one per supply (sum of outflows <= supply), one per demand (sum of delivered inflows <= demand).
        var a = new double[m + 1, n + m + 1];
        for (var k = 0; k < n; k++)
        {
            a[arcs[k].From, k] = 1;
            a[supplies.Count + arcs[k].To, k] = arcs[k].DeliveredShare;

            // A whisker of preference for the shortest arc (highest share) so equal-value ties are deterministic.
            a[m, k] = -((arcs[k].DeliveredShare * arcs[k].ValuePerDelivered) + (Epsilon * arcs[k].DeliveredShare));
        }

        for (var i = 0; i < m; i++)
        {
            a[i, n + i] = 1;
            a[i, n + m] = Math.Max(0, i < supplies.Count ? supplies[i] : demands[i - supplies.Count]);
        }

        var basis = Enumerable.Range(n, m).ToArray();
        Iterate(a, basis, m, n + m);
        var x = new double[n];
        for (var i = 0; i < m; i++)
        {
            if (basis[i] < n)
            {
                x[basis[i]] = Math.Max(0, a[i, n + m]);
            }
        }

        return x;
    }

    private static void Iterate(double[,] a, int[] basis, int m, int columns)
    {
        for (var iteration = 0; iteration < 10_000; iteration++)
        {
            // Bland's rule (lowest index) never cycles.
            var entering = -1;
            for (var j = 0; j < columns; j++)
            {
                if (a[m, j] < -Epsilon * Epsilon)
                {
                    entering = j;
                    break;
                }
            }

            if (entering < 0)
            {
                return;
            }

            var leaving = -1;
            var best = double.PositiveInfinity;
            for (var i = 0; i < m; i++)
            {
                if (a[i, entering] > Epsilon)
                {
                    var ratio = a[i, columns] / a[i, entering];
                    if (ratio < best - Epsilon || (Math.Abs(ratio - best) <= Epsilon && basis[i] < basis[leaving]))
                    {
                        (best, leaving) = (ratio, i);
                    }
                }
            }

            if (leaving < 0)
            {
                return; // unbounded cannot happen with finite supplies; stop rather than loop
            }

            Pivot(a, m, columns, leaving, entering);
            basis[leaving] = entering;
        }
    }

    private static void Pivot(double[,] a, int m, int columns, int row, int column)
    {
        var pivot = a[row, column];
        for (var j = 0; j <= columns; j++)
        {
            a[row, j] /= pivot;
        }

        for (var i = 0; i <= m; i++)
        {
            var factor = a[i, column];
            if (i == row || factor == 0)
            {
                continue;
            }

            for (var j = 0; j <= columns; j++)
            {
                a[i, j] -= factor * a[row, j];
            }
        }
    }
}
