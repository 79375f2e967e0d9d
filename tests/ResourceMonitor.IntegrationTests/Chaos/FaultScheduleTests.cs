namespace ResourceMonitor.IntegrationTests.Chaos;

public sealed class FaultScheduleTests
{
    private static readonly TimeSpan TwoMinutes = TimeSpan.FromMinutes(2);

    [Fact]
    public void The_same_seed_gives_the_same_schedule_and_another_seed_another()
    {
        Assert.Equal(FaultSchedule.Generate(1234, TwoMinutes, 2), FaultSchedule.Generate(1234, TwoMinutes, 2));
        Assert.NotEqual(FaultSchedule.Generate(1234, TwoMinutes, 2), FaultSchedule.Generate(4321, TwoMinutes, 2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(2026)]
    [InlineData(987654321)]
    public void Two_minutes_meet_every_kind_of_fault_spaced_and_released_before_the_end(int seed)
    {
        var faults = FaultSchedule.Generate(seed, TwoMinutes, 2);

        Assert.Equal(Enum.GetValues<FaultKind>().Order(), faults.Select(f => f.Kind).Distinct().Order());
        Assert.All(faults.Zip(faults.Skip(1)), pair => Assert.InRange(pair.Second.At - pair.First.At, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)));
        Assert.True(faults[^1].At + faults[^1].Hold < TwoMinutes);
        Assert.All(faults, f => Assert.InRange(f.Target, 0, 1));
    }

    [Fact]
    public void A_narrowed_schedule_draws_only_the_kinds_given()
    {
        var faults = FaultSchedule.Generate(7, TwoMinutes, 2, [FaultKind.WorkerKill, FaultKind.ParkBrokerKill]);

        Assert.Equal([FaultKind.WorkerKill, FaultKind.ParkBrokerKill], faults.Select(f => f.Kind).Distinct().Order());
    }
}
