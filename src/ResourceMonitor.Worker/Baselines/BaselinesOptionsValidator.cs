using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Baselines;

/// <summary>Start-up checks the attributes cannot express: the time zone exists, the deviation hysteresis has a gap, the band horizon covers a refresh interval.</summary>
public sealed class BaselinesOptionsValidator : IValidateOptions<BaselinesOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BaselinesOptions options)
    {
        var failures = options.Deviation.Problems().Select(p => $"{BaselinesOptions.Section}:Deviation: {p}").ToList();
        try
        {
            options.ResolveTimeZone();
        }
        catch (InvalidOperationException e)
        {
            failures.Add(e.Message);
        }

        if (options.MinimumWeeks > options.TrailingWeeks)
        {
            failures.Add($"{BaselinesOptions.Section}:MinimumWeeks ({options.MinimumWeeks}) exceeds {BaselinesOptions.Section}:TrailingWeeks ({options.TrailingWeeks}): no hour could ever get a band.");
        }

        if (options.BandHorizon < options.RefreshInterval)
        {
            failures.Add($"{BaselinesOptions.Section}:BandHorizon ({options.BandHorizon}) is shorter than {BaselinesOptions.Section}:RefreshInterval ({options.RefreshInterval}): the live band would run out before the next refresh; set BandHorizon to at least the refresh interval.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
