namespace ResourceMonitor.Contracts;

/// <summary>Rules for park, plant and meter ids: lower-case <c>[a-z0-9-]</c>, 1 to 64 characters.</summary>
public static class ResourceIds
{
    /// <summary>The longest id the contract allows.</summary>
    public const int MaxLength = 64;

    /// <summary>True when <paramref name="id"/> is a valid park, plant or meter id.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws when <paramref name="id"/> is not valid; for configuration and code paths, not for untrusted input.</summary>
    public static string Require(string? id, string what)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException($"{what} '{id}' is not a valid id: use 1 to {MaxLength} characters of a-z, 0-9 and '-'.", what);
        }

        return id!;
    }
}
