using System.Text;

namespace ResourceMonitor.Domain.Units;

/// <summary>
/// How a configured unit name is compared: spaces removed, <c>³</c> and <c>^3</c> read as 3, <c>°</c> as <c>deg</c>,
/// case-insensitive. <c>mW</c>, <c>mWh</c>, <c>mJ</c> written with a lower-case m are refused (milli or mega? a
/// thousand-million-fold mistake is not guessed); any other case (<c>mwh</c>, <c>MWH</c>) is mega.
/// </summary>
public static class UnitName
{
    /// <summary>The comparison key of <paramref name="name"/>, or null when it is empty or ambiguous.</summary>
    public static string? Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || IsAmbiguousMilli(name.Trim()))
        {
            return null;
        }

        var key = new StringBuilder(name.Length + 2);
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c))
            {
                key.Append(c);
            }
        }

        return key.Replace("³", "3").Replace("^3", "3").Replace("°", "deg").ToString().ToLowerInvariant();
    }

    /// <summary>True for <c>mW</c>, <c>mWh</c>, <c>mJ</c> (exactly: a lower-case m before an upper-case W or J).</summary>
    public static bool IsAmbiguousMilli(string name) =>
        name.Length >= 2 && name[0] == 'm' && name[1] is 'W' or 'J';
}
