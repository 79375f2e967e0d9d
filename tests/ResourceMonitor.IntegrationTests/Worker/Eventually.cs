namespace ResourceMonitor.IntegrationTests.Worker;

/// <summary>Polls a condition until it holds or a deadline passes.</summary>
public static class Eventually
{
    /// <summary>Waits until <paramref name="probe"/> returns <paramref name="expected"/>, probing every <paramref name="interval"/> (200 ms); returns the last value seen.</summary>
    public static async Task<T> EqualsAsync<T>(T expected, Func<Task<T>> probe, TimeSpan timeout, TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        var last = await probe();
        while (!EqualityComparer<T>.Default.Equals(last, expected) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(interval ?? TimeSpan.FromMilliseconds(200));
            last = await probe();
        }

        return last;
    }

    /// <summary>Waits until <paramref name="condition"/> holds; false when the deadline passed first.</summary>
    public static async Task<bool> TrueAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
