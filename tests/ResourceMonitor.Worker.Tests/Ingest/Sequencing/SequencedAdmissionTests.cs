using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Worker.Ingest;
using ResourceMonitor.Worker.Ingest.Sequencing;

namespace ResourceMonitor.Worker.Tests.Ingest.Sequencing;

public sealed class SequencedAdmissionTests
{
    private const string Topic = "rm/v1/test-park/dyeing/readings";
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly SequenceTracker _tracker = new();

    private MessageAdmission Admission() => new(new FakeCatalog(), new IngestOptions(), _time, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, _tracker);

    private static Reading Power(int minute) => new("main-power", Now.AddMinutes(minute - 100), minute, "kWh", ReadingKind.Counter);

    // Reading n has sequence number n and its own minute, so no (meter, timestamp) repeat hides a sequence repeat.
    private static byte[] Batch(string id, long first, long last) =>
        ReadingBatchCodec.Encode(new ReadingBatch("edge-1", id, [.. Enumerable.Range((int)first, (int)(last - first + 1)).Select(Power)], new BatchSequence("log-a", first, last, 0)));

    [Fact]
    public void A_resend_under_a_new_batch_id_and_batching_stores_only_the_numbers_not_yet_taken()
    {
        var admission = Admission();
        var first = admission.Admit(Topic, Batch("b1", 1, 10));
        _tracker.Complete(first.Sequence!);

        var resend = admission.Admit(Topic, Batch("b2", 6, 15));

        Assert.Equal(Enumerable.Range(11, 5).Select(m => (double)m), resend.Accepted.Select(a => a.Reading.Value));
        Assert.Equal(5, resend.Duplicates);
        Assert.False(resend.Redelivered);
    }

    [Fact]
    public void A_batch_whose_numbers_are_all_taken_is_a_redelivery_that_still_carries_its_claim_for_the_acknowledgement()
    {
        var admission = Admission();
        _tracker.Complete(admission.Admit(Topic, Batch("b1", 1, 10)).Sequence!);

        var again = admission.Admit(Topic, Batch("b1", 1, 10));

        Assert.True(again.Redelivered);
        Assert.Empty(again.Accepted);
        Assert.NotNull(again.Sequence);
        Assert.Empty(again.Sequence!.Taken);
    }

    [Fact]
    public void A_sequence_that_does_not_match_the_readings_refuses_the_message()
    {
        var payload = System.Text.Encoding.UTF8.GetString(Batch("b1", 1, 2)).Replace("\"last\":2", "\"last\":3", StringComparison.Ordinal);

        var admitted = Admission().Admit(Topic, System.Text.Encoding.UTF8.GetBytes(payload));

        Assert.Equal(RejectReason.InvalidSequence, Assert.Single(admitted.Rejections).Reason);
        Assert.Empty(admitted.Accepted);
    }
}
