using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ResourceMonitor.Domain.Baselines.Hourly;

/// <summary>
/// Weighted least squares by thin QR on √w-scaled rows. A rank-deficient design (a degree-hour column that is zero in
/// the tropics, a temperature feature constant over a segment) gets the minimum-norm solution from the eigenvectors
/// of XᵀWX with eigenvalues above a relative tolerance (a p × p problem, so it stays cheap for 8,760 hours).
/// </summary>
public static class WeightedLeastSquares
{
    private const double RelativeTolerance = 1e-10;

    /// <summary>The coefficients minimising Σ wᵢ (yᵢ − xᵢβ)².</summary>
    public static Vector<double> Solve(Matrix<double> x, Vector<double> y, Vector<double> weights)
    {
        var root = weights.PointwiseSqrt();
        var xw = Matrix<double>.Build.DenseOfMatrix(x);
        for (var i = 0; i < xw.RowCount; i++)
        {
            xw.SetRow(i, xw.Row(i) * root[i]);
        }

        var yw = y.PointwiseMultiply(root);
        var qr = xw.QR(QRMethod.Thin);
        return qr.IsFullRank ? qr.Solve(yw) : MinimumNorm(xw, yw);
    }

    private static Vector<double> MinimumNorm(Matrix<double> xw, Vector<double> yw)
    {
        var evd = xw.TransposeThisAndMultiply(xw).Evd(Symmetricity.Symmetric);
        var b = xw.TransposeThisAndMultiply(yw);
        var largest = evd.EigenValues.Max(v => v.Real);
        var beta = Vector<double>.Build.Dense(xw.ColumnCount);
        for (var k = 0; k < xw.ColumnCount; k++)
        {
            var lambda = evd.EigenValues[k].Real;
            if (lambda > largest * RelativeTolerance)
            {
                var v = evd.EigenVectors.Column(k);
                beta += v * (v.DotProduct(b) / lambda);
            }
        }

        return beta;
    }
}
