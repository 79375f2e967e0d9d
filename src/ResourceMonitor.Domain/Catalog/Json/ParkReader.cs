using System.Text.RegularExpressions;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Domain.Catalog.Json;

internal static partial class ParkReader
{
    public static Park? Read(ParkDocument? doc, CatalogProblems problems)
    {
        if (doc is null)
        {
            problems.Add("$.park", "the park section is missing; add {\"id\", \"name\", \"timeZone\", \"currency\", \"tariffs\", \"emissionFactors\", \"exchangeLimits\"}");
            return null;
        }

        var id = problems.Required(doc.Id, "$.park.id", "park id");
        if (id is not null && !ResourceIds.IsValid(id))
        {
            problems.Add("$.park.id", $"'{id}' is not a valid id; use 1-64 characters of a-z, 0-9 and '-'");
        }

        var name = problems.Required(doc.Name, "$.park.name", "park name") ?? string.Empty;
        var timeZone = ReadTimeZone(doc.TimeZone, problems);
        var currency = problems.Required(doc.Currency, "$.park.currency", "currency") ?? string.Empty;
        if (currency.Length > 0 && !CurrencyCode().IsMatch(currency))
        {
            problems.Add("$.park.currency", $"'{currency}' is not an ISO 4217 code; write three capital letters such as VND");
        }

        var tariffs = ReadTariffs(doc.Tariffs, problems);
        var factors = ReadEmissionFactors(doc.EmissionFactors, problems);
        var limits = ReadExchangeLimits(doc.ExchangeLimits, problems);
        return new Park(id ?? string.Empty, name, timeZone, currency, tariffs, factors, limits,
            FinanceReader.Read(doc.Finance, problems), FinanceReader.ReadCosts(doc.ExchangeCosts, limits, problems),
            HolidaysReader.Read(doc.Holidays, problems));
    }

    private static TimeZoneInfo ReadTimeZone(string? text, CatalogProblems problems)
    {
        var zone = problems.Required(text, "$.park.timeZone", "time zone (IANA, e.g. Asia/Ho_Chi_Minh)");
        if (zone is null)
        {
            return TimeZoneInfo.Utc;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (TimeZoneNotFoundException)
        {
            problems.Add("$.park.timeZone", $"time zone '{zone}' is not known on this machine; use an IANA id such as Asia/Ho_Chi_Minh (and install tzdata)");
            return TimeZoneInfo.Utc;
        }
    }

    private static Tariffs ReadTariffs(TariffsDocument? doc, CatalogProblems problems)
    {
        doc ??= new TariffsDocument();
        const double max = 1e9;
        return new Tariffs(
            problems.Number(doc.ElectricityPerKwh, "$.park.tariffs.electricityPerKwh", "electricity tariff", 0, max),
            problems.Number(doc.WaterPerM3, "$.park.tariffs.waterPerM3", "water tariff", 0, max),
            problems.Number(doc.GasPerKwh, "$.park.tariffs.gasPerKwh", "gas tariff", 0, max),
            problems.Number(doc.WasteDisposalPerKg, "$.park.tariffs.wasteDisposalPerKg", "waste disposal tariff", 0, max));
    }

    private static EmissionFactors ReadEmissionFactors(EmissionFactorsDocument? doc, CatalogProblems problems)
    {
        doc ??= new EmissionFactorsDocument();
        return new EmissionFactors(
            problems.Number(doc.GridKgCo2ePerKwh, "$.park.emissionFactors.gridKgCo2ePerKwh", "grid emission factor", 0, 5),
            problems.Number(doc.FuelKgCo2ePerKwh, "$.park.emissionFactors.fuelKgCo2ePerKwh", "fuel emission factor", 0, 5),
            problems.Number(doc.WaterKgCo2ePerM3, "$.park.emissionFactors.waterKgCo2ePerM3", "water emission factor", 0, 50),
            problems.Number(doc.WasteKgCo2ePerKg, "$.park.emissionFactors.wasteKgCo2ePerKg", "waste emission factor", 0, 50));
    }

    private static Dictionary<Resource, ExchangeLimit> ReadExchangeLimits(Dictionary<string, ExchangeLimitDocument>? docs, CatalogProblems problems)
    {
        var limits = new Dictionary<Resource, ExchangeLimit>();
        foreach (var (key, doc) in docs ?? [])
        {
            var path = $"$.park.exchangeLimits.{key}";
            var resource = problems.Enum<Resource>(key, path, "resource");
            if (resource is null)
            {
                continue;
            }

            limits[resource.Value] = new ExchangeLimit(
                problems.Number(doc.MaxDistanceMetres, $"{path}.maxDistanceMetres", "maximum exchange distance", 1, 1_000_000),
                problems.Number(doc.LossPerKilometre, $"{path}.lossPerKilometre", "loss per km", 0, 0.99, fallback: 0));
        }

        return limits;
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
