using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using ResourceMonitor.Contracts;

namespace ResourceMonitor.Worker.Reports.Series;

/// <summary>
/// Start-up checks of <c>Reports:Series</c> (data annotations do not reach into a sub-object): its ranges, a baseline
/// given as both dates or neither with the end after the start, and driver names that are ids.
/// </summary>
public sealed class AuditSeriesOptionsValidator : IValidateOptions<ReportsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ReportsOptions options)
    {
        var series = options.Series;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(series, new ValidationContext(series), results, validateAllProperties: true);
        var failures = results.Select(r => $"{AuditSeriesOptions.Section}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}").ToList();

        if (series.BaselineFrom.HasValue != series.BaselineTo.HasValue)
        {
            failures.Add($"{AuditSeriesOptions.Section}: set both BaselineFrom and BaselineTo (yyyy-MM-dd) for an auditor's baseline, or neither for the rolling default.");
        }
        else if (series.BaselineFrom >= series.BaselineTo)
        {
            failures.Add($"{AuditSeriesOptions.Section}:BaselineTo ({series.BaselineTo:yyyy-MM-dd}) must be after BaselineFrom ({series.BaselineFrom:yyyy-MM-dd}); BaselineTo is exclusive.");
        }

        var drivers = series.DriverNames();
        if (drivers.Count == 0 || drivers.Any(d => !ResourceIds.IsValid(d)))
        {
            failures.Add($"{AuditSeriesOptions.Section}:Drivers = '{series.Drivers}': name at least one driver, comma-separated (production, cdd or a meter id).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
