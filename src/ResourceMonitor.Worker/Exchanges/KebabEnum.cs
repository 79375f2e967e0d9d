namespace ResourceMonitor.Worker.Exchanges;

/// <summary>Parses an enum spelled in kebab case ("under-discussion"), as the API and the catalog write them.</summary>
internal static class KebabEnum
{
    /// <summary>True and the value when <paramref name="text"/> names one of <typeparamref name="TEnum"/>'s values.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text is { Length: > 0 } && !text.Any(char.IsDigit) && Enum.TryParse(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
