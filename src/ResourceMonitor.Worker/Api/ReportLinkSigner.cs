using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// Signs and checks report link tokens: <c>{plant or ~}.{expiry, Unix seconds}.{HMAC-SHA256, Base64url}</c>. A token lets
/// a browser open the reports of one plant (or, from a park key, of every plant) until it expires, without a key header.
/// </summary>
public sealed class ReportLinkSigner
{
    private const string ParkSubject = "~";
    private const string Purpose = "rm-report-link/v1";
    private readonly byte[] _key;
    private readonly TimeProvider _time;

    /// <summary>Uses <see cref="ApiOptions.ReportLinkSigningKey"/>, or a random key for this process when it is empty.</summary>
    public ReportLinkSigner(IOptions<ApiOptions> options, TimeProvider time)
    {
        var configured = options.Value.ReportLinkSigningKey;
        _key = string.IsNullOrEmpty(configured) ? RandomNumberGenerator.GetBytes(32) : Convert.FromBase64String(configured);
        _time = time;
    }

    /// <summary>Whether <paramref name="base64"/> decodes to at least 32 bytes.</summary>
    public static bool IsUsableKey(string base64)
    {
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var length) && length >= 32;
    }

    /// <summary>A token for <paramref name="plant"/>'s reports (null: every plant's) that expires after <paramref name="lifetime"/>.</summary>
    public ReportLinkToken Create(string? plant, TimeSpan lifetime)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().Add(lifetime).ToUnixTimeSeconds());
        var body = $"{plant ?? ParkSubject}.{expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        return new ReportLinkToken($"{body}.{Signature(body)}", plant, expires);
    }

    /// <summary>Checks <paramref name="token"/>: its plant (null for every plant) or why it is refused.</summary>
    public ReportLinkCheck Check(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > 253402300799)
        {
            return ReportLinkCheck.Refused("The report link's token is malformed.");
        }

        var expected = Encoding.ASCII.GetBytes(Signature($"{parts[0]}.{parts[1]}"));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[2])))
        {
            return ReportLinkCheck.Refused("The report link's signature is not valid.");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(seconds);
        return expires <= _time.GetUtcNow()
            ? ReportLinkCheck.Refused($"The report link expired at {expires:O}; ask for a new one (POST /api/reports/links).")
            : ReportLinkCheck.Valid(parts[0] == ParkSubject ? null : parts[0], expires);
    }

    private string Signature(string body) =>
        ApiKeyHash.Base64Url(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{Purpose}\n{body}")));
}
