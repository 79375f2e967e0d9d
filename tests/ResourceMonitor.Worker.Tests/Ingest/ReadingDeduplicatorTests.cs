using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

/// <summary>
/// Keys are claimed at admission, remembered only once the message is durable and consumed, and forgotten when it fails,
/// so a redelivery is never acknowledged as a duplicate of a message that was never stored.
/// </summary>
public sealed class ReadingDeduplicatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    [Fact]
    public void A_redelivery_while_the_first_copy_is_in_flight_is_held_off()
    {
        var dedupe = Deduplicator();
        var first = dedupe.TryClaimBatch("p", "dyeing", "b1")!;
        Assert.True(dedupe.TryClaimReading(first, "dyeing", "power", Now));

        Assert.Null(dedupe.TryClaimBatch("p", "dyeing", "b1"));
        Assert.False(dedupe.TryClaimReading(dedupe.TryClaimBatch("p", "dyeing", "b2")!, "dyeing", "power", Now));
    }

    [Fact]
    public void A_failed_message_is_forgotten_so_its_redelivery_is_taken()
    {
        var dedupe = Deduplicator();
        var first = dedupe.TryClaimBatch("p", "dyeing", "b1")!;
        dedupe.TryClaimReading(first, "dyeing", "power", Now);

        dedupe.Release(first);

        var again = dedupe.TryClaimBatch("p", "dyeing", "b1");
        Assert.NotNull(again);
        Assert.True(dedupe.TryClaimReading(again, "dyeing", "power", Now));
    }

    [Fact]
    public void A_confirmed_message_is_remembered_and_holds_nothing_in_flight()
    {
        var dedupe = Deduplicator();
        var first = dedupe.TryClaimBatch("p", "dyeing", "b1")!;
        dedupe.TryClaimReading(first, "dyeing", "power", Now);

        dedupe.Confirm(first);

        Assert.Null(dedupe.TryClaimBatch("p", "dyeing", "b1"));
        Assert.False(dedupe.TryClaimReading(dedupe.TryClaimBatch("p", "dyeing", "b2")!, "dyeing", "power", Now));
        Assert.Equal((2, 1), dedupe.Count); // b1 and its reading remembered; only b2's claim in flight
    }

    [Fact]
    public void Releasing_a_repeat_leaves_the_first_copys_keys_claimed()
    {
        var dedupe = Deduplicator();
        var first = dedupe.TryClaimBatch("p", "dyeing", "b1")!;
        dedupe.TryClaimReading(first, "dyeing", "power", Now);
        var repeat = dedupe.TryClaimBatch("p", "dyeing", "b2")!;
        dedupe.TryClaimReading(repeat, "dyeing", "power", Now);

        dedupe.Release(repeat);

        Assert.False(dedupe.TryClaimReading(dedupe.TryClaimBatch("p", "dyeing", "b3")!, "dyeing", "power", Now));
    }

    [Fact]
    public void The_same_batch_id_of_another_plant_is_a_different_batch()
    {
        var dedupe = Deduplicator();
        dedupe.Confirm(dedupe.TryClaimBatch("p", "dyeing", "b1")!);

        Assert.NotNull(dedupe.TryClaimBatch("p", "steel", "b1"));
    }

    [Fact]
    public void Remembered_batch_ids_are_forgotten_after_the_batch_id_memory()
    {
        var dedupe = Deduplicator();
        dedupe.Confirm(dedupe.TryClaimBatch("p", "dyeing", "b1")!);

        _time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        Assert.NotNull(dedupe.TryClaimBatch("p", "dyeing", "b1"));
    }

    [Fact]
    public void Remembered_reading_keys_are_bounded_oldest_first()
    {
        var dedupe = Deduplicator();
        for (var i = 0; i < 3; i++)
        {
            var claim = dedupe.TryClaimBatch("p", "dyeing", $"b{i}")!;
            dedupe.TryClaimReading(claim, "dyeing", "power", Now.AddSeconds(i));
            dedupe.Confirm(claim);
        }

        var probe = dedupe.TryClaimBatch("p", "dyeing", "probe")!;
        Assert.True(dedupe.TryClaimReading(probe, "dyeing", "power", Now)); // the oldest of 3 with room for 2
        Assert.False(dedupe.TryClaimReading(probe, "dyeing", "power", Now.AddSeconds(2)));
    }

    private ReadingDeduplicator Deduplicator() =>
        new(new IngestOptions { BatchIdMemory = TimeSpan.FromHours(1), ReadingKeyCapacity = 2 }, _time);
}
