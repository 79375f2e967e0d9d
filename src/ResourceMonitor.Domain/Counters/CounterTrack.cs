namespace ResourceMonitor.Domain.Counters;

/// <summary>The running state of one counter. Not thread-safe; one per meter.</summary>
public sealed class CounterTrack
{
    private readonly CounterInterpreter _interpreter;

    /// <summary>A track with no value seen yet, or resuming from <paramref name="state"/>.</summary>
    public CounterTrack(CounterInterpreter interpreter, CounterState? state = null)
    {
        _interpreter = interpreter;
        State = state ?? CounterState.Empty;
    }

    /// <summary>What the next value is interpreted with.</summary>
    public CounterState State { get; private set; }

    /// <summary>The last confirmed value, or null before the first.</summary>
    public CounterSample? Baseline => State.Baseline;

    /// <summary>Classifies <paramref name="sample"/> and moves the state.</summary>
    public CounterStep Next(CounterSample sample)
    {
        var step = _interpreter.Interpret(State, sample);
        State = step.State;
        return step;
    }

    /// <summary>Takes <paramref name="sample"/>, which the device flagged (<see cref="CounterInterpreter.Flag"/>): never counted.</summary>
    public CounterStep Flag(CounterSample sample, string reason)
    {
        var step = _interpreter.Flag(State, sample, reason);
        State = step.State;
        return step;
    }
}
