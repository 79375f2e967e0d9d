namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>
/// What building an exchange would cost and return, from the catalog's cost model and the rate observed for the pair
/// (money in the park's currency, per year unless named otherwise).
/// </summary>
/// <param name="Investment">Pipe per metre × route length + fixed equipment.</param>
/// <param name="AnnualQuantity">Delivered kWh, m3 or kg a year at the observed rate.</param>
/// <param name="AnnualSavings">What that quantity saves at the park's tariffs (the substituted resource, boiler efficiency included).</param>
/// <param name="AnnualOperatingCost">Operation and maintenance (a share of the investment) plus, for waste, trucking.</param>
/// <param name="AnnualNet">Savings − operating cost.</param>
/// <param name="AnnualCo2eTonnes">CO2e avoided a year, net of trucking emissions.</param>
/// <param name="SimplePaybackYears">Investment / net a year; null when the net is not positive (it never pays back).</param>
/// <param name="NetPresentValue">−investment + net × the annuity factor at the park's discount rate over the exchange's lifetime.</param>
/// <param name="CostPerTonneCo2e">
/// Annualised net cost (investment / annuity factor − net) per tonne avoided; negative when the exchange saves money
/// while it avoids CO2e; null when it avoids none.
/// </param>
public sealed record ExchangeAppraisal(
    double Investment,
    double AnnualQuantity,
    double AnnualSavings,
    double AnnualOperatingCost,
    double AnnualNet,
    double AnnualCo2eTonnes,
    double? SimplePaybackYears,
    double NetPresentValue,
    double? CostPerTonneCo2e);
