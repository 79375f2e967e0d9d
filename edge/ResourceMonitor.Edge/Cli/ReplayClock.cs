namespace ResourceMonitor.Edge.Cli;

/// <summary>
/// The clock of a <c>map</c> run: the time a message of a file was received (its <c>received</c>), else the time given with
/// <c>--now</c>, else the system clock. The agent's limits are judged against it, as the agent would have judged them then.
/// </summary>
public sealed class ReplayClock : TimeProvider
{
    private readonly DateTimeOffset? _fixed;
    private DateTimeOffset? _current;

    /// <summary>A clock fixed at <paramref name="now"/>, or the system clock when null.</summary>
    public ReplayClock(DateTimeOffset? now) => _fixed = now;

    /// <summary>Sets the time of the message being mapped (null: back to the fixed or system time).</summary>
    public void ReceivedAt(DateTimeOffset? time) => _current = time;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _current ?? _fixed ?? System.GetUtcNow();
}
