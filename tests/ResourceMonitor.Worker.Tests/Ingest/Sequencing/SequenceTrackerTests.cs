using ResourceMonitor.Contracts;
using ResourceMonitor.Worker.Ingest.Sequencing;

namespace ResourceMonitor.Worker.Tests.Ingest.Sequencing;

public sealed class SequenceTrackerTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("rm-sequence-marks-");

    private static readonly AgentLog Log = new("park", "dyeing", "edge-dyeing", "log-a");

    private static BatchSequence Seq(long first, long last, long released = 0, string log = "log-a") => new(log, first, last, released);

    private static SequenceClaim Durable(SequenceTracker tracker, long first, long last, long released = 0, AgentLog? log = null)
    {
        var claim = tracker.Claim(log ?? Log, Seq(first, last, released, (log ?? Log).Log));
        tracker.Complete(claim);
        return claim;
    }

    [Fact]
    public void The_mark_advances_only_over_contiguous_durable_numbers()
    {
        var tracker = new SequenceTracker();

        Durable(tracker, 1, 100);
        Durable(tracker, 201, 300);

        Assert.Equal(100, tracker.MarkOf(Log));
        Durable(tracker, 101, 200);
        Assert.Equal(300, tracker.MarkOf(Log));
    }

    [Fact]
    public void Numbers_in_flight_do_not_count_until_their_write_is_durable()
    {
        var tracker = new SequenceTracker();

        var claim = tracker.Claim(Log, Seq(1, 100));

        Assert.Equal(0, tracker.MarkOf(Log));
        tracker.Complete(claim);
        Assert.Equal(100, tracker.MarkOf(Log));
    }

    [Fact]
    public void A_redelivered_batch_below_the_mark_takes_nothing_and_is_acknowledged_again()
    {
        var tracker = new SequenceTracker();
        Durable(tracker, 1, 100);
        tracker.TakeChanged();

        var again = tracker.Claim(Log, Seq(1, 100));
        tracker.Complete(again);

        Assert.Empty(again.Taken);
        Assert.Equal([new SequenceMark(Log, 100)], tracker.TakeChanged());
    }

    [Fact]
    public void A_resend_batched_differently_takes_only_the_numbers_no_batch_holds()
    {
        var tracker = new SequenceTracker();
        Durable(tracker, 1, 100);
        Durable(tracker, 151, 200);
        var inFlight = tracker.Claim(Log, Seq(201, 250));

        // After a timeout the agent resends from checkpoint + 1 in one larger batch.
        var resend = tracker.Claim(Log, Seq(101, 300));

        Assert.Equal([new SequenceRange(101, 150), new SequenceRange(251, 300)], resend.Taken);
        tracker.Complete(resend);
        Assert.Equal(200, tracker.MarkOf(Log));
        tracker.Complete(inFlight);
        Assert.Equal(300, tracker.MarkOf(Log));
    }

    [Fact]
    public void A_failed_write_gives_its_numbers_back_so_a_resend_stores_them()
    {
        var tracker = new SequenceTracker();
        var failed = tracker.Claim(Log, Seq(1, 100));

        tracker.Abandon(failed);
        var resend = tracker.Claim(Log, Seq(1, 100));

        Assert.Equal([new SequenceRange(1, 100)], resend.Taken);
        Assert.Equal(0, tracker.MarkOf(Log));
    }

    [Fact]
    public void A_new_log_of_the_same_agent_starting_at_1_is_new_data_not_a_repeat()
    {
        var tracker = new SequenceTracker();
        Durable(tracker, 1, 5000);
        var reinstalled = Log with { Log = "log-b" };

        var claim = tracker.Claim(reinstalled, Seq(1, 100, log: "log-b"));
        tracker.Complete(claim);

        Assert.Equal([new SequenceRange(1, 100)], claim.Taken);
        Assert.Equal(100, tracker.MarkOf(reinstalled));
        Assert.Equal(5000, tracker.MarkOf(Log));
    }

    [Fact]
    public void Only_the_most_recently_used_logs_of_an_agent_are_kept()
    {
        var tracker = new SequenceTracker();
        for (var i = 0; i < SequenceTracker.LogsPerAgent + 2; i++)
        {
            Durable(tracker, 1, 10, log: Log with { Log = $"log-{i}" });
        }

        Assert.Equal(SequenceTracker.LogsPerAgent, tracker.Snapshot().Count);
        Assert.Equal(0, tracker.MarkOf(Log with { Log = "log-0" }));
        Assert.Equal(10, tracker.MarkOf(Log with { Log = $"log-{SequenceTracker.LogsPerAgent + 1}" }));
    }

    [Fact]
    public void What_the_agent_released_counts_as_done_so_an_upgraded_agent_or_lost_marks_never_stall()
    {
        var tracker = new SequenceTracker();

        // An agent upgraded with a million readings already released by the broker's PUBACK sends its first sequenced batch.
        Durable(tracker, 1_000_001, 1_000_500, released: 1_000_000);

        Assert.Equal(1_000_500, tracker.MarkOf(Log));
    }

    [Fact]
    public void The_marks_survive_a_kill_through_the_file_but_numbers_in_flight_do_not()
    {
        var file = new SequenceMarksFile(Path.Combine(_dir.FullName, "ingest", "marks.json"));
        var tracker = new SequenceTracker();
        Durable(tracker, 1, 100);
        Durable(tracker, 201, 300);
        tracker.Claim(Log, Seq(101, 200));
        file.Save(tracker.Snapshot());

        // kill -9: only the file is left.
        var restarted = SequenceTracker.Restore(new SequenceMarksFile(file.Path).Load()!);

        Assert.Equal(100, restarted.MarkOf(Log));
        Assert.Equal([new SequenceRange(101, 200)], restarted.Claim(Log, Seq(1, 300)).Taken);
    }

    [Fact]
    public void An_unreadable_marks_file_loads_as_null_and_a_missing_one_as_empty()
    {
        var path = Path.Combine(_dir.FullName, "marks.json");

        Assert.Empty(new SequenceMarksFile(path).Load()!);
        File.WriteAllText(path, "{\"torn");
        Assert.Null(new SequenceMarksFile(path).Load());
    }

    public void Dispose() => _dir.Delete(recursive: true);
}
