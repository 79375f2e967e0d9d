using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Contracts;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Worker.Ingest;

namespace ResourceMonitor.Worker.Tests.Ingest;

public sealed class MessageAdmissionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    private MessageAdmission Admission() => new(new FakeCatalog(), new IngestOptions(), _time, NullLogger.Instance);

    private static byte[] Batch(string id, params Reading[] readings) => ReadingBatchCodec.Encode(new ReadingBatch("edge-1", id, readings));

    private static Reading Power(int minute, double value) => new("main-power", Now.AddMinutes(minute - 10), value, "kWh", ReadingKind.Counter);

    [Fact]
    public void Valid_readings_of_a_catalog_plant_are_accepted_with_their_resource()
    {
        var admitted = Admission().Admit("rm/v1/test-park/dyeing/readings", Batch("b1", Power(0, 1), Power(1, 2)));

        Assert.Empty(admitted.Rejections);
        Assert.Equal(2, admitted.Accepted.Count);
        Assert.All(admitted.Accepted, a => Assert.Equal("electricity", a.Resource));
        Assert.Equal(("test-park", "dyeing", "b1"), (admitted.Park, admitted.Plant, admitted.BatchId));
    }

    [Fact]
    public void A_redelivered_batch_id_is_taken_once()
    {
        var admission = Admission();
        var payload = Batch("b1", Power(0, 1));

        var first = admission.Admit("rm/v1/test-park/dyeing/readings", payload);
        var second = admission.Admit("rm/v1/test-park/dyeing/readings", payload);

        Assert.Single(first.Accepted);
        Assert.True(second.Redelivered);
        Assert.Empty(second.Accepted);
    }

    [Fact]
    public void A_batch_whose_message_failed_is_taken_again_when_the_broker_redelivers_it()
    {
        var admission = Admission();
        var payload = Batch("b1", Power(0, 1), Power(1, 2));
        var failed = admission.Admit("rm/v1/test-park/dyeing/readings", payload);

        admission.Release(failed);
        var redelivered = admission.Admit("rm/v1/test-park/dyeing/readings", payload);

        Assert.False(redelivered.Redelivered);
        Assert.Equal(2, redelivered.Accepted.Count);
    }

    [Fact]
    public void A_batch_confirmed_durable_stays_a_redelivery()
    {
        var admission = Admission();
        var payload = Batch("b1", Power(0, 1));
        admission.Confirm(admission.Admit("rm/v1/test-park/dyeing/readings", payload));

        var again = admission.Admit("rm/v1/test-park/dyeing/readings", payload);

        Assert.True(again.Redelivered);
        Assert.Empty(again.Accepted);
    }

    [Fact]
    public void A_repeated_reading_in_a_new_batch_counts_once()
    {
        var admission = Admission();
        admission.Admit("rm/v1/test-park/dyeing/readings", Batch("b1", Power(0, 1)));

        var second = admission.Admit("rm/v1/test-park/dyeing/readings", Batch("b2", Power(0, 1), Power(1, 2)));

        Assert.Single(second.Accepted);
        Assert.Equal(1, second.Duplicates);
    }

    [Fact]
    public void An_unknown_plant_refuses_the_whole_message()
    {
        var admitted = Admission().Admit("rm/v1/test-park/bakery/readings", Batch("b1", Power(0, 1)));

        Assert.Empty(admitted.Accepted);
        Assert.Equal(RejectReason.UnknownPlant, Assert.Single(admitted.Rejections).Reason);
    }

    [Fact]
    public void A_park_the_worker_does_not_own_is_refused()
    {
        var admitted = Admission().Admit("rm/v1/other-park/dyeing/readings", Batch("b1", Power(0, 1)));

        Assert.Equal(RejectReason.UnknownPark, Assert.Single(admitted.Rejections).Reason);
    }

    [Fact]
    public void A_meter_of_another_plant_is_refused_and_the_rest_of_the_batch_kept()
    {
        var foreign = new Reading("arc-furnace", Now.AddMinutes(-1), 5, "kWh", ReadingKind.Counter);

        var admitted = Admission().Admit("rm/v1/test-park/dyeing/readings", Batch("b1", Power(0, 1), foreign));

        Assert.Single(admitted.Accepted);
        Assert.Equal(RejectReason.MeterOfOtherPlant, Assert.Single(admitted.Rejections).Reason);
    }

    [Fact]
    public void A_reading_far_ahead_of_the_clock_is_refused_as_clock_skew()
    {
        var future = new Reading("main-power", Now.AddHours(1), 5, "kWh", ReadingKind.Counter);

        var admitted = Admission().Admit("rm/v1/test-park/dyeing/readings", Batch("b1", future));

        Assert.Equal(RejectReason.ClockSkew, Assert.Single(admitted.Rejections).Reason);
    }

    [Theory]
    [InlineData("{\"v\":1,\"agent\":\"e\",\"batch\":\"b\",\"readings\":[{\"meter\":", RejectReason.MalformedJson)]
    [InlineData("{\"v\":1,\"agent\":\"e\",\"batch\":\"b\",\"readings\":[[[[[[1]]]]]]}", RejectReason.TooDeep)]
    [InlineData("[1,2,3]", RejectReason.WrongShape)]
    public void Malformed_payloads_are_refused_with_the_codecs_reason(string payload, RejectReason reason)
    {
        var admitted = Admission().Admit("rm/v1/test-park/dyeing/readings", Encoding.UTF8.GetBytes(payload));

        Assert.Empty(admitted.Accepted);
        Assert.Equal(reason, admitted.Rejections[0].Reason);
    }

    [Fact]
    public void A_payload_over_the_limit_is_refused_as_too_large()
    {
        var admission = new MessageAdmission(new FakeCatalog(), new IngestOptions { MaxPayloadBytes = 1024 }, _time, NullLogger.Instance);

        var admitted = admission.Admit("rm/v1/test-park/dyeing/readings", new byte[4096]);

        Assert.Equal(RejectReason.PayloadTooLarge, Assert.Single(admitted.Rejections).Reason);
    }

    [Fact]
    public void A_reading_older_than_the_past_limit_is_refused_as_clock_skew_naming_the_key_to_widen()
    {
        var from1991 = new Reading("main-power", new DateTimeOffset(1991, 3, 1, 0, 0, 0, TimeSpan.Zero), 5, "kWh", ReadingKind.Counter);
        var justInside = new Reading("main-power", Now - new IngestOptions().MaxPastAge + TimeSpan.FromMinutes(1), 6, "kWh", ReadingKind.Counter);

        var admitted = Admission().Admit("rm/v1/test-park/dyeing/readings", Batch("b1", from1991, justInside));

        var rejection = Assert.Single(admitted.Rejections);
        Assert.Equal(RejectReason.ClockSkew, rejection.Reason);
        Assert.Contains("Ingest:MaxPastAge", rejection.Detail, StringComparison.Ordinal);
        Assert.Equal(justInside.Timestamp, Assert.Single(admitted.Accepted).Reading.Timestamp);
    }

    [Fact]
    public void A_widened_past_limit_takes_a_back_fill()
    {
        var admission = new MessageAdmission(new FakeCatalog(), new IngestOptions { MaxPastAge = TimeSpan.FromDays(400) }, _time, NullLogger.Instance);
        var lastYear = new Reading("main-power", Now.AddDays(-365), 5, "kWh", ReadingKind.Counter);

        var admitted = admission.Admit("rm/v1/test-park/dyeing/readings", Batch("b1", lastYear));

        Assert.Empty(admitted.Rejections);
        Assert.Single(admitted.Accepted);
    }

    [Fact]
    public void A_step_that_throws_refuses_only_that_message_as_internal_error_logged_once_at_error()
    {
        var logger = new FakeLogger();
        var admission = new MessageAdmission(new FaultyCatalog("water-flow"), new IngestOptions(), _time, logger);
        var flow = new Reading("water-flow", Now.AddMinutes(-1), 12, "m3/h", ReadingKind.Gauge);

        var poisoned = admission.Admit("rm/v1/test-park/dyeing/readings", Batch("b1", Power(0, 1), flow));
        var next = admission.Admit("rm/v1/test-park/steel/readings", Batch("b2", new Reading("arc-furnace", Now.AddMinutes(-1), 7, "kWh", ReadingKind.Counter)));

        Assert.Empty(poisoned.Accepted);
        var rejection = Assert.Single(poisoned.Rejections);
        Assert.Equal(RejectReason.InternalError, rejection.Reason);
        Assert.Contains("KeyNotFoundException", rejection.Detail, StringComparison.Ordinal);
        Assert.Equal(("test-park", "dyeing"), (poisoned.Park, poisoned.Plant));
        var error = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level >= LogLevel.Error);
        Assert.IsType<KeyNotFoundException>(error.Exception);
        Assert.Equal(3020, error.Id.Id);
        Assert.Single(next.Accepted);
        Assert.Empty(next.Rejections);
    }
}
