using ResourceMonitor.Edge.Forwarding;

namespace ResourceMonitor.Edge.Tests.Forwarding;

public sealed class SendWindowTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    [Fact]
    public void Sending_stops_at_the_window_and_resumes_as_acknowledgements_arrive()
    {
        var window = new SendWindow(1000, Timeout);
        window.Rewind(0, T0);

        window.Sent(1000, T0);
        Assert.Equal(0, window.Room);
        window.Observe(400, T0.AddSeconds(1));

        Assert.Equal(400, window.Room);
        Assert.Equal(1001, window.Next);
    }

    [Fact]
    public void Without_progress_for_the_timeout_the_acknowledgement_is_overdue_and_a_rewind_resends_from_checkpoint_plus_1()
    {
        var window = new SendWindow(1000, Timeout);
        window.Rewind(100, T0);
        window.Sent(300, T0);
        window.Observe(200, T0.AddSeconds(5));

        Assert.False(window.IsOverdue(T0.AddSeconds(14)));
        Assert.True(window.IsOverdue(T0.AddSeconds(15)));
        window.Rewind(200, T0.AddSeconds(15));
        Assert.Equal(201, window.Next);
        Assert.False(window.IsOverdue(T0.AddSeconds(16)));
    }

    [Fact]
    public void The_timeout_counts_from_the_first_send_after_an_idle_time_not_from_the_last_acknowledgement()
    {
        var window = new SendWindow(1000, Timeout);
        window.Rewind(0, T0);

        window.Sent(10, T0.AddMinutes(5));

        Assert.False(window.IsOverdue(T0.AddMinutes(5).AddSeconds(9)));
        Assert.Equal(TimeSpan.FromSeconds(1), window.UntilOverdue(T0.AddMinutes(5).AddSeconds(9)));
    }

    [Fact]
    public void Nothing_unacknowledged_is_never_overdue()
    {
        var window = new SendWindow(1000, Timeout);
        window.Rewind(50, T0);

        Assert.False(window.IsOverdue(T0.AddHours(1)));
        Assert.Equal(Timeout, window.UntilOverdue(T0.AddHours(1)));
    }
}
