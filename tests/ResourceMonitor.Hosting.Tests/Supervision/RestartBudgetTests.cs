using ResourceMonitor.Hosting.Supervision;

namespace ResourceMonitor.Hosting.Tests.Supervision;

public sealed class RestartBudgetTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static SupervisionOptions Options() => new()
    {
        RestartMinDelay = TimeSpan.FromSeconds(1),
        RestartMaxDelay = TimeSpan.FromSeconds(5),
        MaxRestarts = 4,
        RestartWindow = TimeSpan.FromMinutes(10),
    };

    [Fact]
    public void Restart_delays_double_from_the_minimum_up_to_the_maximum()
    {
        var budget = new RestartBudget(Options());

        var delays = Enumerable.Range(0, 4).Select(i => budget.Next(Start.AddSeconds(i))).ToArray();

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(5)], delays);
    }

    [Fact]
    public void One_fault_more_than_the_restarts_allowed_within_the_window_gets_no_restart()
    {
        var budget = new RestartBudget(Options());
        for (var i = 0; i < 4; i++)
        {
            Assert.NotNull(budget.Next(Start.AddMinutes(i)));
        }

        Assert.Null(budget.Next(Start.AddMinutes(9)));
    }

    [Fact]
    public void Restarts_older_than_the_window_no_longer_count()
    {
        var budget = new RestartBudget(Options());
        for (var i = 0; i < 4; i++)
        {
            budget.Next(Start.AddSeconds(i));
        }

        var after = budget.Next(Start.AddMinutes(11));

        Assert.Equal(TimeSpan.FromSeconds(1), after);
        Assert.Equal(1, budget.Recent);
    }

    [Fact]
    public void No_restarts_allowed_stops_at_the_first_fault()
    {
        var budget = new RestartBudget(new SupervisionOptions { MaxRestarts = 0 });

        Assert.Null(budget.Next(Start));
    }
}
