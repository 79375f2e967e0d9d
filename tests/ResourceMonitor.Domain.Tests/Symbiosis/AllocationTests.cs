using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

public sealed class AllocationTests
{
    [Fact]
    public void Before_the_first_evaluation_the_allocation_has_no_time_and_after_it_the_evaluation_time()
    {
        var run = new ParkRun(TestPark.Heat(("giver", true, 95), ("taker-a", false, 60)));

        Assert.Null(run.Engine.Allocation.At);
        Assert.Empty(run.Engine.Allocation.Lines);

        run.Run(TimeSpan.FromMinutes(2), p => p == "giver" ? 120 : 80);

        Assert.Equal(run.Now, run.Engine.Allocation.At);
    }

    [Fact]
    public void One_offer_feeding_two_needs_is_never_over_committed_though_the_pair_sum_would_be()
    {
        var run = new ParkRun(TestPark.Heat(("giver", true, 95), ("taker-a", false, 60), ("taker-b", false, 60)));

        run.Run(TimeSpan.FromMinutes(10), p => p == "giver" ? 120 : 80);

        var lines = run.Engine.Allocation.Lines;
        Assert.Equal(2, lines.Count);
        Assert.Equal(160, lines.Sum(l => l.PotentialRate), 6);
        Assert.Equal(120, lines.Sum(l => l.AllocatedRate), 6);
        Assert.All(lines, l => Assert.InRange(l.AllocatedRate, 0, 80 + 1e-9));
    }

    [Fact]
    public void Allocation_finds_the_assignment_greedy_best_pair_first_misses()
    {
        // Both offers can serve the near need; only offer "a" reaches the far one. Greedy on the highest-value pair
        // takes a → near first and leaves the far need with nothing (value 1050); the optimum sends a → far, b → near (2000).
        var supplies = new double[] { 100, 100 };
        var demands = new double[] { 100, 100 };
        var arcs = new[]
        {
            new TransportArc(0, 0, 1, 10.5), // a → near
            new TransportArc(1, 0, 1, 10), // b → near
            new TransportArc(0, 1, 1, 10), // a → far
        };

        var flows = TransportProblem.Solve(supplies, demands, arcs);

        Assert.Equal(0, flows[0], 6);
        Assert.Equal(100, flows[1], 6);
        Assert.Equal(100, flows[2], 6);
    }

    [Fact]
    public void Delivered_quantity_never_exceeds_a_need_and_outflow_never_exceeds_an_offer()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 50; trial++)
        {
            var supplies = Enumerable.Range(0, 4).Select(_ => random.NextDouble() * 100).ToArray();
            var demands = Enumerable.Range(0, 5).Select(_ => random.NextDouble() * 100).ToArray();
            var arcs = (from s in Enumerable.Range(0, 4) from d in Enumerable.Range(0, 5) where random.NextDouble() < 0.7
                        select new TransportArc(s, d, 0.8 + (random.NextDouble() * 0.2), 1 + (random.NextDouble() * 9))).ToArray();

            var flows = TransportProblem.Solve(supplies, demands, arcs);

            for (var s = 0; s < 4; s++)
            {
                Assert.True(arcs.Select((a, k) => a.From == s ? flows[k] : 0).Sum() <= supplies[s] + 1e-6);
            }

            for (var d = 0; d < 5; d++)
            {
                Assert.True(arcs.Select((a, k) => a.To == d ? flows[k] * a.DeliveredShare : 0).Sum() <= demands[d] + 1e-6);
            }

            Assert.All(flows, f => Assert.True(f >= 0));
        }
    }

    [Fact]
    public void The_more_valuable_need_is_served_first_when_supply_is_short()
    {
        var flows = TransportProblem.Solve([100], [80, 80], [new TransportArc(0, 0, 1, 5), new TransportArc(0, 1, 1, 9)]);

        Assert.Equal(20, flows[0], 6);
        Assert.Equal(80, flows[1], 6);
    }
}
