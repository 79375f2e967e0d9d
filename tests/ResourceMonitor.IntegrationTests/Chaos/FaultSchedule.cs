namespace ResourceMonitor.IntegrationTests.Chaos;

/// <summary>
/// The seeded random fault schedule: the same seed gives the same faults at the same offsets. Kinds are drawn from a shuffled
/// bag (every kind once before any repeats), so a 2-minute run meets each kind. Faults start 5–15 s apart; one may still be
/// held when the next starts on another component (a broker crash while InfluxDB hangs, as in production), never on the
/// same one (<see cref="FaultInjector"/> waits for that component's recovery).
/// </summary>
public static class FaultSchedule
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan CoolDown = TimeSpan.FromSeconds(5);

    /// <summary>The faults of a run of <paramref name="duration"/> with <paramref name="targets"/> edge agents (plants), of <paramref name="kinds"/> (default: all).</summary>
    public static IReadOnlyList<Fault> Generate(int seed, TimeSpan duration, int targets, IReadOnlyList<FaultKind>? kinds = null)
    {
        var drawn = (kinds ?? Enum.GetValues<FaultKind>()).ToArray();
        var random = new Random(seed);
        var faults = new List<Fault>();
        var bag = new Queue<FaultKind>();
        var at = WarmUp;
        while (true)
        {
            if (bag.Count == 0)
            {
                var round = drawn.ToArray();
                random.Shuffle(round);
                foreach (var kind in round)
                {
                    bag.Enqueue(kind);
                }
            }

            var next = bag.Dequeue();
            var hold = Seconds(random, next switch
            {
                FaultKind.Poison => (0, 0),
                FaultKind.InfluxFreeze => (5, 20),
                _ => (1, 8),
            });
            if (at + hold + CoolDown > duration)
            {
                return faults;
            }

            faults.Add(new Fault(at, next, hold, random.Next(targets)));
            at += Seconds(random, (5, 15));
        }
    }

    private static TimeSpan Seconds(Random random, (int Min, int Max) range) =>
        TimeSpan.FromMilliseconds(random.Next(range.Min * 1000, (range.Max * 1000) + 1));
}
