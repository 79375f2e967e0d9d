namespace ResourceMonitor.Worker.Storage.Schema;

/// <summary>Measurement <c>baseline_model</c>: the audit series' model statistics, verdicts or refusal per report run (<c>Reports/Series/AuditSeriesPoints</c>). Its tags and fields are documented in docs/storage.md.</summary>
public static class BaselineModelMeasurement
{
    /// <summary>The measurement name.</summary>
    public const string Name = "baseline_model";

    /// <summary>Field <c>fitted</c>.</summary>
    public const string Fitted = "fitted";

    /// <summary>Field <c>status</c>.</summary>
    public const string Status = "status";

    /// <summary>Field <c>drivers</c>.</summary>
    public const string Drivers = "drivers";

    /// <summary>Field <c>baseline_from</c>.</summary>
    public const string BaselineFrom = "baseline_from";

    /// <summary>Field <c>baseline_to</c>.</summary>
    public const string BaselineTo = "baseline_to";

    /// <summary>Field <c>reporting_from</c>.</summary>
    public const string ReportingFrom = "reporting_from";

    /// <summary>Field <c>reporting_to</c>.</summary>
    public const string ReportingTo = "reporting_to";

    /// <summary>Field <c>drivers_left_out</c>.</summary>
    public const string DriversLeftOut = "drivers_left_out";

    /// <summary>Field <c>refusal_reason</c>.</summary>
    public const string RefusalReason = "refusal_reason";

    /// <summary>Field <c>refusal_detail</c>.</summary>
    public const string RefusalDetail = "refusal_detail";

    /// <summary>Field <c>baseline_period_enpi</c>.</summary>
    public const string BaselinePeriodEnpi = "baseline_period_enpi";

    /// <summary>Field <c>r2</c>.</summary>
    public const string R2 = "r2";

    /// <summary>Field <c>adj_r2</c>.</summary>
    public const string AdjR2 = "adj_r2";

    /// <summary>Field <c>cv_rmse_pct</c>.</summary>
    public const string CvRmsePct = "cv_rmse_pct";

    /// <summary>Field <c>nmbe_pct</c>.</summary>
    public const string NmbePct = "nmbe_pct";

    /// <summary>Field <c>f_p_value</c>.</summary>
    public const string FPValue = "f_p_value";

    /// <summary>Field <c>observations</c>.</summary>
    public const string Observations = "observations";

    /// <summary>Field <c>max_cv_rmse_pct</c>.</summary>
    public const string MaxCvRmsePct = "max_cv_rmse_pct";

    /// <summary>Field <c>max_abs_nmbe_pct</c>.</summary>
    public const string MaxAbsNmbePct = "max_abs_nmbe_pct";

    /// <summary>Field <c>meets_ashrae14</c>.</summary>
    public const string MeetsAshrae14 = "meets_ashrae14";

    /// <summary>Field <c>iso50006_valid</c>.</summary>
    public const string Iso50006Valid = "iso50006_valid";

    /// <summary>Field <c>iso50006_f_test</c>.</summary>
    public const string Iso50006FTest = "iso50006_f_test";

    /// <summary>Field <c>iso50006_r2</c>.</summary>
    public const string Iso50006R2 = "iso50006_r2";

    /// <summary>Field <c>iso50006_variables_failing</c>.</summary>
    public const string Iso50006VariablesFailing = "iso50006_variables_failing";

    /// <summary>Field <c>reporting_days</c>.</summary>
    public const string ReportingDays = "reporting_days";

    /// <summary>Field <c>drivers_within_range</c>.</summary>
    public const string DriversWithinRange = "drivers_within_range";

    /// <summary>Field <c>savings_total</c>.</summary>
    public const string SavingsTotal = "savings_total";

    /// <summary>Field <c>savings_pct</c>.</summary>
    public const string SavingsPct = "savings_pct";

    /// <summary>Field <c>enpi</c>.</summary>
    public const string Enpi = "enpi";

    /// <summary>Field <c>baseline_enpi</c>.</summary>
    public const string BaselineEnpi = "baseline_enpi";

    /// <summary>The measurement's name, tags and fields.</summary>
    public static MeasurementSchema Schema { get; } = new(Name, [SeriesTags.Park, SeriesTags.Plant, SeriesTags.Resource, SeriesTags.Unit], [Fitted, Status, Drivers, BaselineFrom, BaselineTo, ReportingFrom, ReportingTo, DriversLeftOut, RefusalReason, RefusalDetail, BaselinePeriodEnpi, R2, AdjR2, CvRmsePct, NmbePct, FPValue, Observations, MaxCvRmsePct, MaxAbsNmbePct, MeetsAshrae14, Iso50006Valid, Iso50006FTest, Iso50006R2, Iso50006VariablesFailing, ReportingDays, DriversWithinRange, SavingsTotal, SavingsPct, Enpi, BaselineEnpi, ModelForm, HddBaseC, CddBaseC, Sufficient, BaselineCompleteDays, OosCvRmsePct, OosNmbePct, OosValid, ShareOutsideRange, SavingsUncertainty, SavingsFsuPct, SavingsConfidencePct, SavingsSignificant]);

    /// <summary>Field <c>model_form</c>.</summary>
    public const string ModelForm = "model_form";

    /// <summary>Field <c>hdd_base_c</c>.</summary>
    public const string HddBaseC = "hdd_base_c";

    /// <summary>Field <c>cdd_base_c</c>.</summary>
    public const string CddBaseC = "cdd_base_c";

    /// <summary>Field <c>sufficient</c>.</summary>
    public const string Sufficient = "sufficient";

    /// <summary>Field <c>baseline_complete_days</c>.</summary>
    public const string BaselineCompleteDays = "baseline_complete_days";

    /// <summary>Field <c>oos_cv_rmse_pct</c>.</summary>
    public const string OosCvRmsePct = "oos_cv_rmse_pct";

    /// <summary>Field <c>oos_nmbe_pct</c>.</summary>
    public const string OosNmbePct = "oos_nmbe_pct";

    /// <summary>Field <c>oos_valid</c>.</summary>
    public const string OosValid = "oos_valid";

    /// <summary>Field <c>share_outside_range</c>.</summary>
    public const string ShareOutsideRange = "share_outside_range";

    /// <summary>Field <c>savings_uncertainty</c>.</summary>
    public const string SavingsUncertainty = "savings_uncertainty";

    /// <summary>Field <c>savings_fsu_pct</c>.</summary>
    public const string SavingsFsuPct = "savings_fsu_pct";

    /// <summary>Field <c>savings_confidence_pct</c>.</summary>
    public const string SavingsConfidencePct = "savings_confidence_pct";

    /// <summary>Field <c>savings_significant</c>.</summary>
    public const string SavingsSignificant = "savings_significant";
}
