using System.Security.Cryptography;
using System.Text;

namespace ResourceMonitor.Worker.Api;

/// <summary>
/// Keys are stored as their SHA-256: a high-entropy random key needs no slow password hash, and a configuration that leaks
/// gives no key away. Comparison is in constant time.
/// </summary>
public static class ApiKeyHash
{
    /// <summary>A new random key: 32 bytes, URL-safe Base64 (43 characters).</summary>
    public static string NewKey() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The stored form of <paramref name="key"/>: SHA-256, lower-case hexadecimal.</summary>
    public static string Of(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="text"/> is 64 hexadecimal digits.</summary>
    public static bool IsWellFormed(string? text) => text is { Length: 64 } && text.All(Uri.IsHexDigit);

    /// <summary>Whether <paramref name="presented"/> hashes to <paramref name="storedHash"/> (constant time in the hash).</summary>
    public static bool Matches(byte[] storedHash, string presented) =>
        CryptographicOperations.FixedTimeEquals(storedHash, SHA256.HashData(Encoding.UTF8.GetBytes(presented)));

    internal static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
