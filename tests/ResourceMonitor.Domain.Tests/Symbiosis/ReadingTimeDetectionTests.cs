using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Symbiosis;

namespace ResourceMonitor.Domain.Tests.Symbiosis;

/// <summary>Sustain timers on the readings' own time, a smoothing that follows a clear step, the waste lot boundary.</summary>
public sealed class ReadingTimeDetectionTests
{
    private static readonly DateTimeOffset Start = ParkRun.Start;

    private static SymbiosisEngine Pair() => new(TestPark.Heat(("giver", true, 95), ("taker", false, 60)), DetectionSettings.Default);

    private static bool Read(SymbiosisEngine engine, DateTimeOffset at, double giver, double taker) =>
        engine.Observe("giver", TestPark.Kw(at, giver)) | engine.Observe("taker", TestPark.Kw(at, taker));

    [Fact]
    public void Opening_is_timed_from_the_first_reading_above_the_threshold_not_from_an_evaluation_tick()
    {
        var engine = Pair();
        var first = Start.AddSeconds(5);
        var events = new List<OpportunityEvent>();

        // Readings every 10 s at :05, :15, ...; evaluation ticks every 10 s at :00, :10, ...; no reading at the due time.
        for (var at = first; at < first.AddMinutes(2); at = at.AddSeconds(10))
        {
            Read(engine, at, 300, 200);
            events.AddRange(engine.Evaluate(at.AddSeconds(5)).Events);
        }

        Assert.Empty(events);
        Assert.Equal(first + DetectionSettings.Default.OpenAfter, engine.NextDueAt);
        events.AddRange(engine.Evaluate(engine.NextDueAt!.Value).Events);

        var opened = Assert.Single(events);
        Assert.Equal(OpportunityEventKind.Opened, opened.Kind);
        Assert.Equal(first + DetectionSettings.Default.OpenAfter, opened.At);
    }

    [Fact]
    public void A_reading_at_the_due_time_says_a_decision_changed_so_the_host_evaluates_at_once()
    {
        var engine = Pair();
        var changed = new List<DateTimeOffset>();

        for (var at = Start; at <= Start.AddMinutes(4); at = at.AddSeconds(10))
        {
            if (Read(engine, at, 300, 200))
            {
                changed.Add(at);
            }
        }

        Assert.Equal([Start + DetectionSettings.Default.OpenAfter], changed);
        Assert.Equal(Start + DetectionSettings.Default.OpenAfter, Assert.Single(engine.Evaluate(changed[0]).Events).At);
    }

    [Fact]
    public void A_clear_step_opens_within_the_open_duration_and_a_fraction_of_a_minute()
    {
        var engine = Pair();
        var step = Start.AddMinutes(10);
        DateTimeOffset? openedAt = null;

        for (var at = Start; at <= Start.AddMinutes(20) && openedAt is null; at = at.AddSeconds(10))
        {
            Read(engine, at, at >= step ? 1200 : 0, 200);
            openedAt = engine.Evaluate(at).Events.FirstOrDefault(e => e.Kind == OpportunityEventKind.Opened)?.At;
        }

        Assert.NotNull(openedAt);
        Assert.InRange(openedAt.Value, step + DetectionSettings.Default.OpenAfter, step + DetectionSettings.Default.OpenAfter + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_backlog_of_readings_older_than_the_stale_limit_opens_nothing()
    {
        var engine = Pair();
        var now = Start.AddHours(2);
        engine.Evaluate(now);

        for (var at = Start; at < Start.AddHours(1); at = at.AddSeconds(10))
        {
            Assert.False(Read(engine, at, 300, 200));
        }

        Assert.Empty(engine.Evaluate(now.AddSeconds(10)).Events);
    }

    [Fact]
    public void A_waste_stock_exactly_at_the_minimum_lot_opens_and_stays_open()
    {
        var run = new ParkRun(TestPark.Slag(LegalStanding.Permitted));

        run.Run(TimeSpan.FromHours(1), p => p == "steel" ? 20000 : 5000);

        Assert.True(run.Engine.InSurplus("slag"));
        Assert.Single(run.Of(OpportunityEventKind.Opened));
        Assert.Empty(run.Of(OpportunityEventKind.Closed));
    }
}
