using ResourceMonitor.Hosting.Retry;

namespace ResourceMonitor.Hosting.Tests.Retry;

public sealed class ExponentialBackoffTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public void Delays_double_from_the_minimum_up_to_the_maximum_and_reset_after_a_success()
    {
        var backoff = new ExponentialBackoff(Second, 8 * Second, random: () => 0);

        Assert.Equal([1, 2, 4, 8, 8], Enumerable.Range(0, 5).Select(_ => backoff.Next().TotalSeconds));
        backoff.Reset();
        Assert.Equal(Second, backoff.Next());
    }

    [Fact]
    public void Jitter_takes_at_most_half_off_a_delay_and_never_goes_below_the_minimum()
    {
        var backoff = new ExponentialBackoff(Second, 8 * Second);

        Assert.Equal(8 * Second, backoff.Delay(3, random: 0));
        Assert.Equal(4 * Second, backoff.Delay(3, random: 1));
        Assert.Equal(6 * Second, backoff.Delay(10, random: 0.5));
        Assert.Equal(Second, backoff.Delay(0, random: 0.99));
    }

    [Fact]
    public void Without_jitter_the_delay_is_exact_and_many_failures_do_not_overflow()
    {
        var backoff = new ExponentialBackoff(Second, 30 * Second, jitter: 0);

        Assert.Equal(16 * Second, backoff.Delay(4, random: 0.9));
        Assert.Equal(30 * Second, backoff.Delay(int.MaxValue, random: 0.9));
    }

    [Fact]
    public void A_maximum_below_the_minimum_means_the_minimum()
    {
        var backoff = new ExponentialBackoff(Second, TimeSpan.FromMilliseconds(200), random: () => 0.9);

        Assert.Equal(Second, backoff.Next());
        Assert.Equal(Second, backoff.Next());
    }
}
