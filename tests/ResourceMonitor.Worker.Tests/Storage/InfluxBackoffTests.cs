using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Storage;

public sealed class InfluxBackoffTests
{
    private readonly FakeTimeProvider _time = new();

    private InfluxBackoff Backoff() => new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(5), _time);

    [Fact]
    public void The_first_failure_starts_probing_and_one_success_ends_it()
    {
        var backoff = Backoff();
        Assert.False(backoff.Probing);

        backoff.Failed(null, 0.5);
        Assert.True(backoff.Probing);
        Assert.Equal(TimeSpan.FromMilliseconds(200), backoff.Wait);

        backoff.Succeeded();
        Assert.False(backoff.Probing);
        Assert.Equal(TimeSpan.Zero, backoff.Wait);
    }

    [Fact]
    public void The_wait_doubles_per_consecutive_failure_up_to_the_longest_delay()
    {
        var backoff = Backoff();
        var waits = Enumerable.Range(1, 8).Select(_ => backoff.Failed(null, 0.5).TotalMilliseconds).ToArray();

        Assert.Equal([200, 400, 800, 1600, 3200, 5000, 5000, 5000], waits);
        Assert.Equal(8, backoff.ConsecutiveFailures);
    }

    [Fact]
    public void Jitter_stays_within_a_fifth_either_way_and_never_exceeds_the_longest_delay()
    {
        var backoff = Backoff();

        Assert.Equal(TimeSpan.FromMilliseconds(160), backoff.Delay(1, null, 0));
        Assert.Equal(TimeSpan.FromMilliseconds(240), backoff.Delay(1, null, 1));
        Assert.Equal(TimeSpan.FromSeconds(5), backoff.Delay(10, null, 1));
    }

    [Fact]
    public void Retry_after_wins_when_longer_and_is_capped_by_the_longest_delay()
    {
        var backoff = Backoff();

        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Delay(1, TimeSpan.FromSeconds(2), 0.5));
        Assert.Equal(TimeSpan.FromMilliseconds(800), backoff.Delay(3, TimeSpan.FromMilliseconds(100), 0.5));
        Assert.Equal(TimeSpan.FromSeconds(5), backoff.Delay(1, TimeSpan.FromMinutes(1), 0.5));
    }

    [Fact]
    public void The_wait_shrinks_as_time_passes()
    {
        var backoff = Backoff();
        backoff.Failed(null, 0.5);

        _time.Advance(TimeSpan.FromMilliseconds(150));
        Assert.Equal(TimeSpan.FromMilliseconds(50), backoff.Wait);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(TimeSpan.Zero, backoff.Wait);
    }
}
