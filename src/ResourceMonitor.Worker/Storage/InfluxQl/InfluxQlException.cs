namespace ResourceMonitor.Worker.Storage.InfluxQl;

/// <summary>InfluxDB refused or failed an InfluxQL statement; the message carries the statement and InfluxDB's error text.</summary>
public sealed class InfluxQlException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InfluxQlException(string statement, string error)
        : base($"InfluxQL `{statement}` failed: {error}")
    {
        Statement = statement;
        Error = error;
    }

    /// <summary>Creates the exception (serialisation-compatible constructor set).</summary>
    public InfluxQlException()
        : this(string.Empty, string.Empty)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public InfluxQlException(string message)
        : this(string.Empty, message)
    {
    }

    /// <summary>Creates the exception with a message and cause.</summary>
    public InfluxQlException(string message, Exception innerException)
        : base(message, innerException)
    {
        Statement = string.Empty;
        Error = message;
    }

    /// <summary>The statement that failed.</summary>
    public string Statement { get; } = string.Empty;

    /// <summary>InfluxDB's error text (or the HTTP status when it sent none).</summary>
    public string Error { get; } = string.Empty;
}
