using System.Globalization;
using System.Text.Json;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Baselines.Savings;
using ResourceMonitor.Worker.Storage.Schema;

namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>
/// The InfluxDB points of one audit report (docs/storage.md): per consumed resource one <c>baseline_savings</c> point
/// per reporting day (at the local day's start; a rerun writes the same series and times, so it overwrites) and one
/// <c>baseline_model</c> point at the time the report was made. Each run's model is its own point because InfluxDB
/// merges the fields of a rewritten point: a model refused now, written over a fitted one at the same time, would still
/// show the old R² beside its refusal. Readers take the newest model row whole (<c>ORDER BY time DESC LIMIT 1</c>).
/// Both are tagged park, plant, resource and unit.
/// </summary>
public static class AuditSeriesPoints
{
    /// <summary>The points of <paramref name="report"/> (none when it has no park: the plant had no data).</summary>
    public static IReadOnlyList<PointData> Of(AuditReport report, TimeZoneInfo timeZone)
    {
        if (report.Park is not { } park)
        {
            return [];
        }

        var points = new List<PointData>();
        var modelTime = report.GeneratedAt;
        foreach (var baseline in report.Baselines)
        {
            foreach (var day in baseline.Savings?.Points ?? [])
            {
                points.Add(Savings(park, report.Plant, baseline, day, timeZone));
            }

            points.Add(Model(park, report, baseline, modelTime));
        }

        return points;
    }

    /// <summary>One reporting day of one resource.</summary>
    public static PointData Savings(string park, string plant, ResourceBaseline baseline, SavingsPoint day, TimeZoneInfo timeZone)
    {
        var point = Tagged(BaselineSavingsMeasurement.Name, park, plant, baseline)
            .Field(BaselineSavingsMeasurement.Actual, day.Actual)
            .Field(BaselineSavingsMeasurement.Predicted, day.Predicted)
            .Field(BaselineSavingsMeasurement.Savings, day.Savings)
            .Field(BaselineSavingsMeasurement.Cusum, day.Cusum);
        point = Optional(point, BaselineSavingsMeasurement.Production, day.Production);
        point = Optional(point, BaselineSavingsMeasurement.Enpi, day.Enpi);
        point = Optional(point, BaselineSavingsMeasurement.BaselineEnpi, day.BaselineEnpi);
        return point.Timestamp(PlantDataLoader.StartOf(day.PeriodStart, timeZone).UtcDateTime, WritePrecision.S);
    }

    /// <summary>One resource's model: statistics and verdicts when fitted, the refusal when not, and the status line.</summary>
    public static PointData Model(string park, AuditReport report, ResourceBaseline baseline, DateTimeOffset at)
    {
        var point = Tagged(BaselineModelMeasurement.Name, park, report.Plant, baseline)
            .Field(BaselineModelMeasurement.Fitted, baseline.Model is not null)
            .Field(BaselineModelMeasurement.Status, AuditModelStatus.Of(baseline))
            .Field(BaselineModelMeasurement.Drivers, string.Join(",", baseline.Drivers))
            .Field(BaselineModelMeasurement.BaselineFrom, Date(report.BaselinePeriod.From))
            .Field(BaselineModelMeasurement.BaselineTo, Date(report.BaselinePeriod.To))
            .Field(BaselineModelMeasurement.ReportingFrom, Date(report.ReportingPeriod.From))
            .Field(BaselineModelMeasurement.ReportingTo, Date(report.ReportingPeriod.To));
        if (baseline.DriversLeftOut.Count > 0)
        {
            point = point.Field(BaselineModelMeasurement.DriversLeftOut, string.Join("; ", baseline.DriversLeftOut));
        }

        if (baseline.Refusal is { } refusal)
        {
            point = point
                .Field(BaselineModelMeasurement.RefusalReason, JsonNamingPolicy.CamelCase.ConvertName(refusal.Reason.ToString()))
                .Field(BaselineModelMeasurement.RefusalDetail, refusal.Detail);
        }

        point = Optional(point, BaselineModelMeasurement.BaselinePeriodEnpi, baseline.BaselineEnpi);
        point = WithStatistics(point, baseline);
        return point.Timestamp(at.UtcDateTime, WritePrecision.Ms);
    }

    private static PointData WithStatistics(PointData point, ResourceBaseline baseline)
    {
        if (baseline.Model is { } model)
        {
            point = Optional(point, BaselineModelMeasurement.R2, model.RSquared);
            point = Optional(point, BaselineModelMeasurement.AdjR2, model.AdjustedRSquared);
            point = Optional(point, BaselineModelMeasurement.CvRmsePct, model.CvRmsePercent);
            point = Optional(point, BaselineModelMeasurement.NmbePct, model.NmbePercent);
            point = Optional(point, BaselineModelMeasurement.FPValue, model.FPValue);
            point = point
                .Field(BaselineModelMeasurement.Observations, (long)model.Observations)
                .Field(BaselineModelMeasurement.MaxCvRmsePct, model.Ashrae14.MaxCvRmsePercent)
                .Field(BaselineModelMeasurement.MaxAbsNmbePct, model.Ashrae14.MaxAbsNmbePercent)
                .Field(BaselineModelMeasurement.MeetsAshrae14, model.MeetsAshrae14)
                .Field(BaselineModelMeasurement.Iso50006Valid, model.Iso50006.Passes)
                .Field(BaselineModelMeasurement.Iso50006FTest, model.Iso50006.FTestPasses)
                .Field(BaselineModelMeasurement.Iso50006R2, model.Iso50006.RSquaredPasses);
            if (model.Iso50006.VariablesFailingPValue.Count > 0)
            {
                point = point.Field(BaselineModelMeasurement.Iso50006VariablesFailing, string.Join(",", model.Iso50006.VariablesFailingPValue));
            }
        }

        if (baseline.Savings is { } savings)
        {
            point = point
                .Field(BaselineModelMeasurement.ReportingDays, (long)savings.Points.Count)
                .Field(BaselineModelMeasurement.DriversWithinRange, savings.DriversWithinBaselineRange);
            point = Optional(point, BaselineModelMeasurement.SavingsTotal, savings.TotalSavings);
            point = Optional(point, BaselineModelMeasurement.SavingsPct, savings.SavingsPercent);
            point = Optional(point, BaselineModelMeasurement.Enpi, savings.Enpi);
            point = Optional(point, BaselineModelMeasurement.BaselineEnpi, savings.BaselineEnpi);
        }

        return point;
    }

    private static PointData Tagged(string measurement, string park, string plant, ResourceBaseline baseline) =>
        PointData.Measurement(measurement)
            .Tag(SeriesTags.Park, park)
            .Tag(SeriesTags.Plant, plant)
            .Tag(SeriesTags.Resource, baseline.Resource)
            .Tag(SeriesTags.Unit, baseline.Unit);

    /// <summary>Adds the field only when it has a finite value (InfluxDB stores no NaN, and an absent field reads as null).</summary>
    private static PointData Optional(PointData point, string field, double? value) =>
        value is { } v && double.IsFinite(v) ? point.Field(field, v) : point;

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
