namespace ResourceMonitor.Domain.Counters;

/// <summary>The running state of one counter: the baseline the next value is compared with. Not thread-safe; one per meter.</summary>
public sealed class CounterTrack
{
    private readonly CounterInterpreter _interpreter;

    /// <summary>A track with no value seen yet.</summary>
    public CounterTrack(CounterInterpreter interpreter) => _interpreter = interpreter;

    /// <summary>The last accepted value, or null before the first.</summary>
    public CounterSample? Baseline { get; private set; }

    /// <summary>Classifies <paramref name="sample"/> and moves the baseline.</summary>
    public CounterStep Next(CounterSample sample)
    {
        var step = _interpreter.Interpret(Baseline, sample);
        Baseline = step.Baseline;
        return step;
    }
}
