using Microsoft.Extensions.Options;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// Checks the keys' parks against the parks the worker owns, once at start-up: a key's park must be one of them, and when
/// the worker owns several a plant key must name its park (a plant id may repeat across parks).
/// </summary>
public sealed class ApiKeyParkValidator(ParkCatalogs catalogs) : IValidateOptions<ApiOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        var errors = new List<string>();
        var owned = string.Join(", ", catalogs.Parks);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var key = options.Keys[i];
            var path = $"{ApiOptions.Section}:Keys:{i}";
            if (!string.IsNullOrEmpty(key.Park) && !catalogs.Parks.Contains(key.Park))
            {
                errors.Add($"{path}:Park '{key.Park}' is not a park this worker owns ({owned}); name one of them, or add the park's catalog.");
            }
            else if (key.EffectiveScope == ApiScope.Plant && string.IsNullOrEmpty(key.Park) && catalogs.Parks.Count > 1)
            {
                errors.Add($"{path}:Park is required: the worker owns several parks ({owned}) and a plant key is bound to one; set it to the park of plant '{key.Plant}'.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
