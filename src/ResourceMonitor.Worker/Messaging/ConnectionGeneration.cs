namespace ResourceMonitor.Worker.Messaging;

/// <summary>Counts broker connections so an acknowledgement is only sent on the connection its message came on.</summary>
internal sealed class ConnectionGeneration
{
    private int _current;

    /// <summary>The current connection's number.</summary>
    public int Current => Volatile.Read(ref _current);

    /// <summary>Starts a new connection's number (call when a connection is established or lost).</summary>
    public int Advance() => Interlocked.Increment(ref _current);

    /// <summary>True when <paramref name="generation"/> is the current connection.</summary>
    public bool IsCurrent(int generation) => Current == generation;
}
