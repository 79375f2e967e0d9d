using System.Collections.Frozen;
using System.Text;

namespace ResourceMonitor.Contracts;

/// <summary>The snake_case wire codes of <see cref="RejectReason"/>.</summary>
public static class RejectReasonCodes
{
    private static readonly FrozenDictionary<RejectReason, string> Codes =
        Enum.GetValues<RejectReason>().ToFrozenDictionary(r => r, r => ToSnakeCase(r.ToString()));

    private static readonly FrozenDictionary<string, RejectReason> Reasons =
        Codes.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    /// <summary>The wire code, e.g. <c>negative_counter</c>.</summary>
    public static string Code(this RejectReason reason) => Codes[reason];

    /// <summary>Parses a wire code.</summary>
    public static bool TryParse(string code, out RejectReason reason) => Reasons.TryGetValue(code, out reason);

    private static string ToSnakeCase(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
