namespace ResourceMonitor.Fuzz;

/// <summary>A decoder answered without throwing, but not as it promises (a refusal without a reason, readings the contract refuses).</summary>
public sealed class InvariantBrokenException : Exception
{
    /// <summary>An invariant broken as <paramref name="message"/> says.</summary>
    public InvariantBrokenException(string message) : base(message)
    {
    }

    /// <summary>An invariant broken.</summary>
    public InvariantBrokenException() : this("a fuzz invariant broke")
    {
    }

    /// <summary>An invariant broken, with the exception that showed it.</summary>
    public InvariantBrokenException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
