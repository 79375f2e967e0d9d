namespace ResourceMonitor.Domain.Catalog.Json;

/// <summary>Reads <c>park.finance</c> and <c>park.exchangeCosts</c>; both optional (without them nothing is appraised).</summary>
internal static class FinanceReader
{
    private const double MaxMoney = 1e15;

    public static Finance? Read(FinanceDocument? doc, CatalogProblems problems) => doc is null
        ? null
        : new Finance(
            problems.Number(doc.DiscountRate, "$.park.finance.discountRate", "discount rate (0.10 = 10 % a year)", 0, 1),
            (int)problems.Number(doc.LifetimeYears, "$.park.finance.lifetimeYears", "exchange lifetime in years", 1, 100));

    public static Dictionary<Resource, ExchangeCost>? ReadCosts(
        Dictionary<string, ExchangeCostDocument>? docs, IReadOnlyDictionary<Resource, ExchangeLimit> limits, CatalogProblems problems)
    {
        if (docs is null)
        {
            return null;
        }

        var costs = new Dictionary<Resource, ExchangeCost>();
        foreach (var (key, doc) in docs)
        {
            var path = $"$.park.exchangeCosts.{key}";
            if (problems.Enum<Resource>(key, path, "resource") is not { } resource)
            {
                continue;
            }

            if (!limits.ContainsKey(resource))
            {
                problems.Add(path, $"{key} has a cost but no exchange limit, so it is never exchanged; add $.park.exchangeLimits.{key} or remove the cost");
            }

            costs[resource] = new ExchangeCost(
                problems.Number(doc.PipePerMetre, $"{path}.pipePerMetre", "pipe cost per metre", 0, MaxMoney, fallback: 0),
                problems.Number(doc.FixedEquipment, $"{path}.fixedEquipment", "fixed equipment cost", 0, MaxMoney, fallback: 0),
                problems.Number(doc.OperatingShare, $"{path}.operatingShare", "yearly operating share of the investment", 0, 1, fallback: 0),
                problems.Number(doc.TruckingPerTonneKm, $"{path}.truckingPerTonneKm", "trucking cost per tonne-km", 0, MaxMoney, fallback: 0),
                problems.Number(doc.TruckingKgCo2ePerTonneKm, $"{path}.truckingKgCo2ePerTonneKm", "trucking emissions per tonne-km", 0, 10, fallback: 0));
        }

        return costs;
    }
}
