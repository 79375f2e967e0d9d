using System.Globalization;
using System.Text.RegularExpressions;
using InfluxDB.Client.Writes;
using ResourceMonitor.Worker.Reports.Series;

namespace ResourceMonitor.Worker.Tests.Reports.Series;

public sealed class AuditSeriesPointsTests
{
    private static readonly TimeZoneInfo Saigon = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
    private readonly IReadOnlyList<string> _lines = AuditSeriesPoints.Of(SampleAuditReport.Create(), Saigon).Select(p => p.ToLineProtocol()).ToList();

    [Fact]
    public void Each_reporting_day_of_a_fitted_resource_is_one_savings_point_at_local_midnight_with_the_reports_numbers()
    {
        var report = SampleAuditReport.Create();
        var electricity = report.Baselines.Single(b => b.Resource == "electricity");
        var days = electricity.Savings!.Points;
        var savings = _lines.Where(l => l.StartsWith("baseline_savings,", StringComparison.Ordinal)).ToList();

        Assert.Equal(5, savings.Count);
        Assert.All(savings, l => Assert.StartsWith("baseline_savings,park=hiep-phuoc,plant=dyeing-01,resource=electricity,unit=kWh ", l, StringComparison.Ordinal));
        // 21 October 2026 00:00 at UTC+7 = 20 October 17:00 UTC.
        Assert.EndsWith(" " + new DateTimeOffset(2026, 10, 20, 17, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), savings[0], StringComparison.Ordinal);
        Assert.Equal(days[0].Actual, Field(savings[0], "actual"));
        Assert.Equal(days[0].Predicted, Field(savings[0], "predicted"));
        Assert.Equal(days[4].Cusum, Field(savings[4], "cusum"));
        Assert.Equal(days[4].Savings, Field(savings[4], "savings"));
        Assert.Equal(days[2].Enpi!.Value, Field(savings[2], "enpi"));
        Assert.Equal(days[2].BaselineEnpi!.Value, Field(savings[2], "baseline_enpi"));
        Assert.Equal(days[2].Production!.Value, Field(savings[2], "production"));
        Assert.InRange(days[4].Cusum, -55, -45); // 10 kWh a day less than the baseline expects, for 5 days
    }

    [Fact]
    public void A_fitted_model_is_one_point_at_the_time_of_the_run_with_its_statistics_and_verdicts()
    {
        var model = SampleAuditReport.Create().Baselines.Single(b => b.Resource == "electricity").Model!;
        var line = Assert.Single(_lines, l => l.StartsWith("baseline_model,park=hiep-phuoc,plant=dyeing-01,resource=electricity,unit=kWh ", StringComparison.Ordinal));

        Assert.EndsWith(" " + SampleAuditReport.Create().GeneratedAt.ToUnixTimeMilliseconds(), line, StringComparison.Ordinal);
        Assert.Equal(model.RSquared, Field(line, "r2"));
        Assert.Equal(model.CvRmsePercent, Field(line, "cv_rmse_pct"));
        Assert.Equal(model.NmbePercent, Field(line, "nmbe_pct"));
        Assert.Equal(model.FPValue, Field(line, "f_p_value"));
        Assert.Contains("observations=20i", line, StringComparison.Ordinal);
        Assert.Contains("meets_ashrae14=true", line, StringComparison.Ordinal);
        Assert.Contains("iso50006_valid=true", line, StringComparison.Ordinal);
        Assert.Equal(30, Field(line, "max_cv_rmse_pct"));
        Assert.Contains("status=\"valid: meets ASHRAE Guideline 14 and the ISO 50006 checks\"", line, StringComparison.Ordinal);
        Assert.Contains("drivers=\"production\"", line, StringComparison.Ordinal);
        Assert.Contains("baseline_from=\"2026-10-01\"", line, StringComparison.Ordinal);
        Assert.Contains("reporting_to=\"2026-10-26\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("refusal", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_model_is_written_with_its_reason_in_words_and_no_statistics_or_savings_days()
    {
        var line = Assert.Single(_lines, l => l.StartsWith("baseline_model,park=hiep-phuoc,plant=dyeing-01,resource=water,unit=m3 ", StringComparison.Ordinal));

        Assert.Contains("fitted=false", line, StringComparison.Ordinal);
        Assert.Contains("status=\"refused: too few points. 3 periods", line, StringComparison.Ordinal);
        Assert.Contains("refusal_reason=\"tooFewPoints\"", line, StringComparison.Ordinal);
        Assert.DoesNotContain("r2=", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_lines, l => l.StartsWith("baseline_savings,park=hiep-phuoc,plant=dyeing-01,resource=water", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_without_data_gives_no_points()
    {
        var empty = SampleAuditReport.Create() with { Park = null };

        Assert.Empty(AuditSeriesPoints.Of(empty, Saigon));
    }

    private static double Field(string line, string name)
    {
        var match = Regex.Match(line, $"[ ,]{name}=([-0-9.eE+]+)[ ,]");
        Assert.True(match.Success, $"no numeric field {name} in {line}");
        return double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }
}
