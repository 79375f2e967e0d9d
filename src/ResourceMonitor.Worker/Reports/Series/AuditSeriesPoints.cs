using System.Globalization;
using System.Text.Json;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;
using ResourceMonitor.Domain.Baselines.Savings;

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
    public static IReadOnlyList<PointData> Of(AuditReport report, TimeZoneInfo timeZone, AuditSeriesOptions options)
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
                points.Add(Savings(options.SavingsMeasurement, park, report.Plant, baseline, day, timeZone));
            }

            points.Add(Model(options.ModelMeasurement, park, report, baseline, modelTime));
        }

        return points;
    }

    /// <summary>One reporting day of one resource.</summary>
    public static PointData Savings(string measurement, string park, string plant, ResourceBaseline baseline, SavingsPoint day, TimeZoneInfo timeZone)
    {
        var point = Tagged(measurement, park, plant, baseline)
            .Field("actual", day.Actual)
            .Field("predicted", day.Predicted)
            .Field("savings", day.Savings)
            .Field("cusum", day.Cusum);
        point = Optional(point, "production", day.Production);
        point = Optional(point, "enpi", day.Enpi);
        point = Optional(point, "baseline_enpi", day.BaselineEnpi);
        return point.Timestamp(PlantDataLoader.StartOf(day.PeriodStart, timeZone).UtcDateTime, WritePrecision.S);
    }

    /// <summary>One resource's model: statistics and verdicts when fitted, the refusal when not, and the status line.</summary>
    public static PointData Model(string measurement, string park, AuditReport report, ResourceBaseline baseline, DateTimeOffset at)
    {
        var point = Tagged(measurement, park, report.Plant, baseline)
            .Field("fitted", baseline.Model is not null)
            .Field("status", AuditModelStatus.Of(baseline))
            .Field("drivers", string.Join(",", baseline.Drivers))
            .Field("baseline_from", Date(report.BaselinePeriod.From))
            .Field("baseline_to", Date(report.BaselinePeriod.To))
            .Field("reporting_from", Date(report.ReportingPeriod.From))
            .Field("reporting_to", Date(report.ReportingPeriod.To));
        if (baseline.DriversLeftOut.Count > 0)
        {
            point = point.Field("drivers_left_out", string.Join("; ", baseline.DriversLeftOut));
        }

        if (baseline.Refusal is { } refusal)
        {
            point = point
                .Field("refusal_reason", JsonNamingPolicy.CamelCase.ConvertName(refusal.Reason.ToString()))
                .Field("refusal_detail", refusal.Detail);
        }

        point = Optional(point, "baseline_period_enpi", baseline.BaselineEnpi);
        point = WithChecks(point, baseline);
        point = WithStatistics(point, baseline);
        return point.Timestamp(at.UtcDateTime, WritePrecision.Ms);
    }

    private static PointData WithStatistics(PointData point, ResourceBaseline baseline)
    {
        if (baseline.Model is { } model)
        {
            point = Optional(point, "r2", model.RSquared);
            point = Optional(point, "adj_r2", model.AdjustedRSquared);
            point = Optional(point, "cv_rmse_pct", model.CvRmsePercent);
            point = Optional(point, "nmbe_pct", model.NmbePercent);
            point = Optional(point, "f_p_value", model.FPValue);
            point = point
                .Field("observations", (long)model.Observations)
                .Field("max_cv_rmse_pct", model.Ashrae14.MaxCvRmsePercent)
                .Field("max_abs_nmbe_pct", model.Ashrae14.MaxAbsNmbePercent)
                .Field("meets_ashrae14", model.MeetsAshrae14)
                .Field("iso50006_valid", model.Iso50006.Passes)
                .Field("iso50006_f_test", model.Iso50006.FTestPasses)
                .Field("iso50006_r2", model.Iso50006.RSquaredPasses);
            if (model.Iso50006.VariablesFailingPValue.Count > 0)
            {
                point = point.Field("iso50006_variables_failing", string.Join(",", model.Iso50006.VariablesFailingPValue));
            }
        }

        if (baseline.Savings is { } savings)
        {
            point = point
                .Field("reporting_days", (long)savings.Points.Count)
                .Field("drivers_within_range", savings.DriversWithinBaselineRange);
            point = Optional(point, "savings_total", savings.TotalSavings);
            point = Optional(point, "savings_pct", savings.SavingsPercent);
            point = Optional(point, "enpi", savings.Enpi);
            point = Optional(point, "baseline_enpi", savings.BaselineEnpi);
        }

        return point;
    }

    /// <summary>The weather model chosen, the sufficiency, the out-of-sample checks and the savings uncertainty (docs/baselines.md §8).</summary>
    private static PointData WithChecks(PointData point, ResourceBaseline baseline)
    {
        if (baseline.WeatherModel is { } weather)
        {
            point = point.Field("model_form", JsonNamingPolicy.CamelCase.ConvertName(weather.Form.ToString()));
            point = Optional(point, "hdd_base_c", weather.HeatingBaseCelsius);
            point = Optional(point, "cdd_base_c", weather.CoolingBaseCelsius);
        }

        if (baseline.Sufficiency is { } sufficiency)
        {
            point = point.Field("sufficient", sufficiency.Passes).Field("baseline_complete_days", (long)sufficiency.CompleteDays);
        }

        if (baseline.OutOfSample is { } oos)
        {
            point = Optional(point, "oos_cv_rmse_pct", oos.CvRmsePercent);
            point = Optional(point, "oos_nmbe_pct", oos.NmbePercent);
            point = point.Field("oos_valid", oos.Passes);
        }

        if (baseline.Savings is { } savings)
        {
            point = Optional(point, "share_outside_range", savings.ShareOutsideBaselineRange);
            if (savings.Uncertainty is { } u)
            {
                point = Optional(point, "savings_uncertainty", u.Uncertainty);
                point = Optional(point, "savings_fsu_pct", u.FractionalUncertaintyPercent);
                point = point.Field("savings_confidence_pct", (long)u.ConfidencePercent).Field("savings_significant", u.SavingsExceedUncertainty);
            }
        }

        return point;
    }

    private static PointData Tagged(string measurement, string park, string plant, ResourceBaseline baseline) =>
        PointData.Measurement(measurement)
            .Tag("park", park)
            .Tag("plant", plant)
            .Tag("resource", baseline.Resource)
            .Tag("unit", baseline.Unit);

    /// <summary>Adds the field only when it has a finite value (InfluxDB stores no NaN, and an absent field reads as null).</summary>
    private static PointData Optional(PointData point, string field, double? value) =>
        value is { } v && double.IsFinite(v) ? point.Field(field, v) : point;

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
