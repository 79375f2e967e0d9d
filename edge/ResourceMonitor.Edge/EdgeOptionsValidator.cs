using Microsoft.Extensions.Options;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge;

/// <summary>Start-up checks beyond attributes: the time zone exists and every mapping compiles (format, field, unit for its kind).</summary>
public sealed class EdgeOptionsValidator : IValidateOptions<EdgeOptions>
{
    private readonly PayloadFormats _formats;

    /// <summary>A validator over the known formats.</summary>
    public EdgeOptionsValidator(PayloadFormats formats) => _formats = formats;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, EdgeOptions options)
    {
        var errors = new List<string>();
        try
        {
            options.ResolveTimeZone();
        }
        catch (TimeZoneNotFoundException)
        {
            errors.Add($"Edge:TimeZone '{options.TimeZone}' is not a known IANA time zone (e.g. Asia/Ho_Chi_Minh)");
        }

        if (options.Input == EdgeInput.LocalBroker && options.Mappings.Count == 0)
        {
            errors.Add("Edge:Mappings is empty: add at least one mapping (or set Edge:MappingsFile), or set Edge:Input to Simulator");
        }

        MappingCompiler.Compile(options.Mappings, _formats, out var mappingErrors);
        errors.AddRange(mappingErrors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
