using ResourceMonitor.Domain.Catalog;

namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>Investment, yearly value and CO2e, payback, NPV and cost per tonne of CO2e of one exchange (pure arithmetic, docs/symbiosis.md).</summary>
public static class ExchangeAppraiser
{
    /// <summary>Hours in a year, to annualise an observed rate.</summary>
    public const double HoursPerYear = 8760;

    /// <summary>
    /// Appraises an exchange of <paramref name="resource"/> over <paramref name="distanceMetres"/> delivering
    /// <paramref name="annualQuantity"/> units a year, each worth <paramref name="value"/>.
    /// </summary>
    public static ExchangeAppraisal Appraise(Resource resource, double distanceMetres, double annualQuantity, UnitValue value, ExchangeCost cost, Finance finance)
    {
        var investment = (cost.PipePerMetre * distanceMetres) + cost.FixedEquipment;
        var tonneKm = resource == Resource.Waste ? annualQuantity / 1000 * (distanceMetres / 1000) : 0;
        var savings = annualQuantity * value.Money;
        var operating = (cost.OperatingShare * investment) + (cost.TruckingPerTonneKm * tonneKm);
        var net = savings - operating;
        var co2eTonnes = ((annualQuantity * value.Co2eKg) - (cost.TruckingKgCo2ePerTonneKm * tonneKm)) / 1000;
        var annuity = finance.AnnuityFactor;
        return new ExchangeAppraisal(
            investment,
            annualQuantity,
            savings,
            operating,
            net,
            co2eTonnes,
            net > 0 ? investment / net : null,
            -investment + (net * annuity),
            co2eTonnes > 0 ? ((investment / annuity) - net) / co2eTonnes : null);
    }
}
