using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ResourceMonitor.Domain.Baselines.Weather;

/// <summary>
/// The least-squares fit a candidate is ranked by: coefficients, adjusted R² and the two-sided p-values of its last
/// columns (the degree-day slopes), by thin QR without the full fit's diagnostics (two SVDs), which would make the
/// search of about 2,000 candidates a hundred times slower. The chosen candidate is fitted again in full
/// (<see cref="Regression.RegressionFitter"/>), so every reported statistic comes from the full fit.
/// </summary>
internal static class CandidateFit
{
    private const int MinResidualDegreesOfFreedom = 3;

    /// <summary>The fit of y on an intercept and <paramref name="columns"/>, or null when it cannot be fitted (constant or dependent columns, too few points).</summary>
    public static CandidateScore? Fit(double[] y, IReadOnlyList<double[]> columns, int firstTestedColumn)
    {
        var n = y.Length;
        var p = columns.Count + 1;
        if (n - p < MinResidualDegreesOfFreedom || columns.Any(IsConstant))
        {
            return null;
        }

        var x = Matrix<double>.Build.Dense(n, p, (i, j) => j == 0 ? 1.0 : columns[j - 1][i]);
        var qr = x.QR(QRMethod.Thin);
        for (var j = 0; j < p; j++)
        {
            if (!(Math.Abs(qr.R[j, j]) > 1e-10 * x.Column(j).L2Norm()))
            {
                return null;
            }
        }

        var yv = Vector<double>.Build.Dense(y);
        var beta = qr.Solve(yv);
        var residuals = yv - (x * beta);
        var sse = residuals.DotProduct(residuals);
        var mean = y.Average();
        var sst = y.Sum(v => (v - mean) * (v - mean));
        var df = n - p;
        var adjusted = 1 - ((sse / sst) * (n - 1) / df);
        var rInverse = qr.R.Inverse();
        var variance = sse / df;
        var pValues = new double[p];
        for (var j = firstTestedColumn; j < p; j++)
        {
            var se = Math.Sqrt(rInverse.Row(j).DotProduct(rInverse.Row(j)) * variance);
            pValues[j] = 2 * StudentT.CDF(0, 1, df, -Math.Abs(beta[j] / se));
        }

        return new CandidateScore(beta.ToArray(), pValues, adjusted);
    }

    private static bool IsConstant(double[] column)
    {
        var min = column.Min();
        var max = column.Max();
        return max - min <= 1e-12 * Math.Max(1.0, Math.Max(Math.Abs(min), Math.Abs(max)));
    }
}

/// <summary>A candidate's coefficients (intercept first), the p-values of its tested columns and its adjusted R².</summary>
internal sealed record CandidateScore(double[] Coefficients, double[] PValues, double AdjustedRSquared);
