using System.Globalization;
using ResourceMonitor.Domain.Calendar;

namespace ResourceMonitor.Domain.Catalog.Json;

/// <summary>Reads <c>park.holidays</c>: the country's public holidays, the park's extra days, plant closures.</summary>
internal static class HolidaysReader
{
    private const string Path = "$.park.holidays";

    public static HolidayCalendar Read(HolidaysDocument? doc, CatalogProblems problems)
    {
        if (doc is null)
        {
            return HolidayCalendar.None;
        }

        var national = problems.Enum<NationalHolidays>(doc.National, $"{Path}.national", "national holidays", NationalHolidays.None) ?? NationalHolidays.None;
        var extra = (doc.ExtraDays ?? []).Select((d, i) => ReadExtra(d, $"{Path}.extraDays[{i}]", problems)).OfType<Holiday>().ToList();
        var closures = (doc.Closures ?? []).Select((c, i) => ReadClosure(c, $"{Path}.closures[{i}]", problems)).OfType<PlantClosure>().ToList();
        return new HolidayCalendar(national, extra, closures);
    }

    /// <summary>Every closure names a plant of the catalog (or none, for the whole park).</summary>
    public static void CheckPlants(Park park, IEnumerable<Plant> plants, CatalogProblems problems)
    {
        var ids = plants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (closure, i) in (park.Holidays ?? HolidayCalendar.None).Closures.Select((c, i) => (c, i)))
        {
            if (closure.Plant is { } plant && !ids.Contains(plant))
            {
                problems.Add($"{Path}.closures[{i}].plant", $"plant '{plant}' is not in the catalog; name one of its plants, or leave plant out to close the whole park");
            }
        }
    }

    private static Holiday? ReadExtra(HolidayDocument doc, string path, CatalogProblems problems)
    {
        var day = Date(doc.Day, $"{path}.day", problems);
        var name = problems.Required(doc.Name, $"{path}.name", "holiday name");
        return day is null || name is null ? null : new Holiday(day.Value, name);
    }

    private static PlantClosure? ReadClosure(ClosureDocument doc, string path, CatalogProblems problems)
    {
        var from = Date(doc.From, $"{path}.from", problems);
        var through = Date(doc.Through, $"{path}.through", problems);
        var name = problems.Required(doc.Name, $"{path}.name", "closure name");
        if (from is null || through is null || name is null)
        {
            return null;
        }

        if (through < from || through.Value.DayNumber - from.Value.DayNumber > 366)
        {
            problems.Add(path, $"closure from {from:yyyy-MM-dd} through {through:yyyy-MM-dd} is not a span of 1 to 366 days; write through on or after from");
            return null;
        }

        return new PlantClosure(string.IsNullOrWhiteSpace(doc.Plant) ? null : doc.Plant, from.Value, through.Value, name);
    }

    private static DateOnly? Date(string? text, string path, CatalogProblems problems)
    {
        if (problems.Required(text, path, "date (yyyy-MM-dd)") is not { } value)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1900 and <= 2199)
        {
            return day;
        }

        problems.Add(path, $"'{value}' is not a date from 1900 to 2199; write yyyy-MM-dd such as 2027-02-06");
        return null;
    }
}
