using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace ResourceMonitor.Domain.Baselines.Regression;

/// <summary>
/// Fits an ordinary-least-squares regression baseline with MathNet.Numerics (thin QR decomposition, which stays accurate
/// on ill-conditioned data where the normal equations would not), or refuses it with the reason.
/// </summary>
public sealed class RegressionFitter(RegressionOptions options)
{
    /// <summary>A fitter with <see cref="RegressionOptions.Default"/>.</summary>
    public RegressionFitter()
        : this(RegressionOptions.Default)
    {
    }

    /// <summary>Fits consumption against <paramref name="drivers"/> over <paramref name="observations"/>.</summary>
    /// <exception cref="ArgumentException">No driver named: a caller bug, the request must name at least one.</exception>
    public RegressionOutcome Fit(IReadOnlyList<RegressionObservation> observations, IReadOnlyList<string> drivers, Granularity granularity)
    {
        if (drivers.Count == 0)
        {
            throw new ArgumentException("A regression baseline needs at least one driver.", nameof(drivers));
        }

        var refusal = DesignRefusal(observations, drivers);
        if (refusal is not null)
        {
            return refusal;
        }

        var n = observations.Count;
        var p = drivers.Count + 1;
        var x = Matrix<double>.Build.Dense(n, p, (i, j) => j == 0 ? 1.0 : observations[i].Drivers[drivers[j - 1]]);
        var y = Vector<double>.Build.Dense(n, i => observations[i].Consumption);

        if (x.Rank() < p)
        {
            return RegressionOutcome.Refused(RefusalReason.Collinearity,
                $"The drivers {string.Join(", ", drivers)} are linearly dependent (the design matrix is rank-deficient): drop one of them.");
        }

        var conditionNumber = x.NormalizeColumns(2.0).ConditionNumber();
        if (!(conditionNumber <= options.MaxConditionNumber))
        {
            return RegressionOutcome.Refused(RefusalReason.Collinearity, string.Create(CultureInfo.InvariantCulture,
                $"The drivers {string.Join(", ", drivers)} are nearly collinear: scaled condition number {conditionNumber:G4} exceeds {options.MaxConditionNumber:G4}. Drop or combine correlated drivers."));
        }

        return RegressionOutcome.Fitted(Solve(observations, drivers, granularity, x, y, conditionNumber));
    }

    private RegressionOutcome? DesignRefusal(IReadOnlyList<RegressionObservation> observations, IReadOnlyList<string> drivers)
    {
        foreach (var observation in observations)
        {
            if (!double.IsFinite(observation.Consumption))
            {
                return RegressionOutcome.Refused(RefusalReason.MissingValue, $"The consumption of the period starting {observation.PeriodStart:yyyy-MM-dd} is not a number.");
            }

            var missing = drivers.FirstOrDefault(d => !observation.Drivers.TryGetValue(d, out var v) || !double.IsFinite(v));
            if (missing is not null)
            {
                return RegressionOutcome.Refused(RefusalReason.MissingValue, $"The period starting {observation.PeriodStart:yyyy-MM-dd} has no value for driver '{missing}'.");
            }
        }

        var needed = drivers.Count + 1 + options.MinResidualDegreesOfFreedom;
        if (observations.Count < needed)
        {
            return RegressionOutcome.Refused(RefusalReason.TooFewPoints,
                $"{observations.Count} periods for {drivers.Count} driver(s) and an intercept; at least {needed} are needed ({options.MinResidualDegreesOfFreedom} residual degrees of freedom).");
        }

        if (IsConstant(observations.Select(o => o.Consumption)))
        {
            return RegressionOutcome.Refused(RefusalReason.ConstantVariable, "The consumption is the same in every period: there is nothing to explain.");
        }

        var constant = drivers.FirstOrDefault(d => IsConstant(observations.Select(o => o.Drivers[d])));
        if (constant is not null)
        {
            return RegressionOutcome.Refused(RefusalReason.ConstantVariable, $"Driver '{constant}' has the same value in every period: it cannot be told apart from the intercept.");
        }

        if (!(observations.Average(o => o.Consumption) > 0))
        {
            return RegressionOutcome.Refused(RefusalReason.ConstantVariable, "The mean consumption is not positive: CV(RMSE) and NMBE are undefined.");
        }

        return null;
    }

    private static bool IsConstant(IEnumerable<double> values)
    {
        var list = values.ToList();
        var min = list.Min();
        var max = list.Max();
        return max - min <= 1e-12 * Math.Max(1.0, Math.Max(Math.Abs(min), Math.Abs(max)));
    }

    private static RegressionModel Solve(
        IReadOnlyList<RegressionObservation> observations,
        IReadOnlyList<string> drivers,
        Granularity granularity,
        Matrix<double> x,
        Vector<double> y,
        double conditionNumber)
    {
        var n = x.RowCount;
        var p = x.ColumnCount;
        var qr = x.QR(QRMethod.Thin);
        var beta = qr.Solve(y);
        var fitted = x * beta;
        var residuals = y - fitted;
        var sse = residuals.DotProduct(residuals);
        var mean = y.Average();
        var sst = y.Sum(v => (v - mean) * (v - mean));
        var df = n - p;
        var residualVariance = sse / df;
        var rInverse = qr.R.Inverse();
        var covariance = rInverse * rInverse.Transpose() * residualVariance;

        var names = new[] { RegressionCoefficient.InterceptName }.Concat(drivers).ToList();
        var coefficients = names.Select((name, j) => Coefficient(name, beta[j], Math.Sqrt(covariance[j, j]), df)).ToList();
        var rSquared = 1 - (sse / sst);
        var fStatistic = (sst - sse) / (p - 1) / residualVariance;
        var fPValue = 1 - FisherSnedecor.CDF(p - 1, df, fStatistic);
        var rmse = Math.Sqrt(residualVariance);
        var nmbe = residuals.Sum() / (df * mean) * 100;

        return new RegressionModel
        {
            Granularity = granularity,
            Coefficients = coefficients,
            Observations = n,
            RSquared = rSquared,
            AdjustedRSquared = 1 - ((1 - rSquared) * (n - 1) / df),
            Rmse = rmse,
            CvRmsePercent = rmse / mean * 100,
            NmbePercent = nmbe,
            FStatistic = fStatistic,
            FPValue = fPValue,
            ConditionNumber = conditionNumber,
            MeanConsumption = mean,
            DriverRanges = drivers.Select(d => new DriverRange(d, observations.Min(o => o.Drivers[d]), observations.Max(o => o.Drivers[d]))).ToList(),
            Ashrae14 = Ashrae14Criteria.For(granularity),
            Iso50006 = Iso50006Checks.Evaluate(fPValue, coefficients.Skip(1), rSquared),
            Fitted = observations.Select((o, i) => new FittedPoint(o.PeriodStart, o.Consumption, fitted[i])).ToList(),
        };
    }

    private static RegressionCoefficient Coefficient(string name, double estimate, double standardError, int df)
    {
        var t = estimate / standardError;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        return new RegressionCoefficient(name, estimate, standardError, t, p);
    }
}
