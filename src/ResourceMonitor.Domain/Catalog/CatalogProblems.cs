namespace ResourceMonitor.Domain.Catalog;

/// <summary>Collects every problem of a catalog file, each with the JSON path of the key, so one run shows them all.</summary>
internal sealed class CatalogProblems
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> All => _problems;

    public bool Any => _problems.Count > 0;

    public void Add(string path, string problem) => _problems.Add($"{path}: {problem}");

    /// <summary>Checks a required string; returns it, or null after recording the problem.</summary>
    public string? Required(string? value, string path, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(path, $"{what} is missing; add it");
            return null;
        }

        return value;
    }

    /// <summary>Checks a required number against a range.</summary>
    public double Number(double? value, string path, string what, double min, double max, double? fallback = null)
    {
        if (value is null)
        {
            if (fallback is not null)
            {
                return fallback.Value;
            }

            Add(path, $"{what} is missing; add a number from {min} to {max}");
            return double.NaN;
        }

        if (!double.IsFinite(value.Value) || value < min || value > max)
        {
            Add(path, $"{what} {value} is out of range; use a number from {min} to {max}");
        }

        return value.Value;
    }

    /// <summary>Parses an enum written in kebab-case ("needs-licence", "day-shift").</summary>
    public TEnum? Enum<TEnum>(string? text, string path, string what, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (fallback is null)
            {
                Add(path, $"{what} is missing; use one of {Choices<TEnum>()}");
            }

            return fallback;
        }

        var key = text.Replace("-", string.Empty, StringComparison.Ordinal);
        if (System.Enum.TryParse<TEnum>(key, ignoreCase: true, out var parsed) && !int.TryParse(key, out _))
        {
            return parsed;
        }

        Add(path, $"{what} '{text}' is not known; use one of {Choices<TEnum>()}");
        return null;
    }

    public static string Choices<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", System.Enum.GetNames<TEnum>().Select(Kebab));

    public static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
