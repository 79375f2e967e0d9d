namespace ResourceMonitor.Domain.Catalog;

/// <summary>A park catalog that cannot be used; the message names the file, each offending key and the fix.</summary>
public sealed class CatalogException : Exception
{
    /// <summary>Creates the exception from every problem found.</summary>
    public CatalogException(string file, IReadOnlyList<string> problems)
        : base($"Park catalog '{file}' is invalid ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):{Environment.NewLine}  - {string.Join($"{Environment.NewLine}  - ", problems)}")
    {
        File = file;
        Problems = problems;
    }

    /// <summary>Creates an exception with a single message.</summary>
    public CatalogException(string message) : base(message)
    {
        File = string.Empty;
        Problems = [message];
    }

    /// <summary>Creates an exception with a single message and its cause.</summary>
    public CatalogException(string message, Exception innerException) : base(message, innerException)
    {
        File = string.Empty;
        Problems = [message];
    }

    /// <summary>Required by the exception pattern.</summary>
    public CatalogException() : this("The park catalog is invalid.")
    {
    }

    /// <summary>The catalog file.</summary>
    public string File { get; }

    /// <summary>Each problem: "$.meters[3].unit: 'kwh' is not a canonical unit; use one of ...".</summary>
    public IReadOnlyList<string> Problems { get; }
}
