namespace ResourceMonitor.Domain.Catalog;

/// <summary>How the park weighs money over time (catalog <c>park.finance</c>).</summary>
/// <param name="DiscountRate">Yearly discount rate for net present values (0.10 = 10 %).</param>
/// <param name="LifetimeYears">Years an exchange runs once built: the horizon of its net present value.</param>
public sealed record Finance(double DiscountRate, int LifetimeYears)
{
    /// <summary>The present value of 1 a year for <see cref="LifetimeYears"/> years at <see cref="DiscountRate"/>: (1 − (1 + r)^−n) / r, or n at r = 0.</summary>
    public double AnnuityFactor => DiscountRate == 0 ? LifetimeYears : (1 - Math.Pow(1 + DiscountRate, -LifetimeYears)) / DiscountRate;
}
