namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>Lag-1 autocorrelation of a model's residuals in time order.</summary>
public static class ResidualAutocorrelation
{
    /// <summary>
    /// The Pearson correlation of each residual with the next one (pandas' <c>Series.autocorr(1)</c>, which eemeter
    /// uses); NaN with fewer than three residuals or when either series is constant.
    /// </summary>
    public static double LagOne(IReadOnlyList<double> residuals)
    {
        if (residuals.Count < 3)
        {
            return double.NaN;
        }

        var n = residuals.Count - 1;
        double meanA = 0, meanB = 0;
        for (var i = 0; i < n; i++)
        {
            meanA += residuals[i];
            meanB += residuals[i + 1];
        }

        meanA /= n;
        meanB /= n;
        double covariance = 0, varianceA = 0, varianceB = 0;
        for (var i = 0; i < n; i++)
        {
            var a = residuals[i] - meanA;
            var b = residuals[i + 1] - meanB;
            covariance += a * b;
            varianceA += a * a;
            varianceB += b * b;
        }

        return covariance / Math.Sqrt(varianceA * varianceB);
    }
}
