namespace ResourceMonitor.Domain.Symbiosis;

/// <summary>The recent rates of one meter, so their mean over a window can be taken at any time.</summary>
public sealed class RateWindow
{
    private readonly Queue<(DateTimeOffset At, double Rate)> _samples = new();
    private readonly TimeSpan _window;

    /// <summary>A window of <paramref name="window"/> length.</summary>
    public RateWindow(TimeSpan window) => _window = window;

    /// <summary>The time of the newest sample, or null before the first.</summary>
    public DateTimeOffset? LastAt { get; private set; }

    /// <summary>Adds a rate observed at <paramref name="at"/>; samples older than the newest are ignored (out of order).</summary>
    /// <returns>False when the sample was ignored.</returns>
    public bool Add(DateTimeOffset at, double rate)
    {
        if (LastAt is { } last && at <= last)
        {
            return false;
        }

        _samples.Enqueue((at, rate));
        LastAt = at;
        return true;
    }

    /// <summary>The mean of the samples within the window ending at <paramref name="now"/>, or null when there are none.</summary>
    public double? MeanAt(DateTimeOffset now)
    {
        while (_samples.Count > 0 && _samples.Peek().At < now - _window)
        {
            _samples.Dequeue();
        }

        var count = 0;
        var sum = 0.0;
        foreach (var (at, rate) in _samples)
        {
            if (at <= now)
            {
                sum += rate;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }
}
