namespace ResourceMonitor.Domain.Aggregation;

/// <summary>What one minute collects while a meter's window is computed.</summary>
internal sealed class MinuteAccumulator
{
    private double _rateSum;
    private int _rates;
    private double _min = double.PositiveInfinity;
    private double _max = double.NegativeInfinity;

    public double Amount { get; set; }

    public bool HasAmount { get; set; }

    public int Count { get; set; }

    public double CoveredSeconds { get; set; }

    public UsageFlags Flags { get; set; }

    public void AddRate(double rate)
    {
        _rateSum += rate;
        _rates++;
        _min = Math.Min(_min, rate);
        _max = Math.Max(_max, rate);
    }

    public void AddAmount(double amount)
    {
        Amount += amount;
        HasAmount = true;
    }

    public MinuteUsage ToUsage(DateTimeOffset minute, bool hasAmount) => new(
        minute,
        hasAmount ? Amount : null,
        _rates > 0 ? _rateSum / _rates : null,
        _rates > 0 ? _min : null,
        _rates > 0 ? _max : null,
        Count,
        Math.Clamp(CoveredSeconds / 60.0, 0, 1),
        Flags);
}
