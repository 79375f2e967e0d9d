namespace ResourceMonitor.Domain.Catalog.Json;

internal static class QualityReader
{
    public static MeterQuality Read(QualityDocument? doc, string path, CatalogProblems problems)
    {
        if (doc is null)
        {
            return MeterQuality.None;
        }

        if (doc.TemperatureC is not null)
        {
            problems.Number(doc.TemperatureC, $"{path}.temperatureC", "temperature", -50, 1000);
        }

        var grade = doc.WaterGrade is null ? null : problems.Enum<WaterGrade>(doc.WaterGrade, $"{path}.waterGrade", "water grade");
        return new MeterQuality(doc.TemperatureC, doc.TemperatureMeter, grade, doc.MaterialCode);
    }

    /// <summary>The offer's own declaration wins; what it leaves out comes from its meter.</summary>
    public static MeterQuality Merge(MeterQuality own, MeterQuality meter) => new(
        own.TemperatureC ?? meter.TemperatureC,
        own.TemperatureMeter ?? meter.TemperatureMeter,
        own.WaterGrade ?? meter.WaterGrade,
        own.MaterialCode ?? meter.MaterialCode);
}
