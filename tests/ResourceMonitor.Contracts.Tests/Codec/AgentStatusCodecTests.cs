using System.Buffers;
using System.Text;
using ResourceMonitor.Contracts.Codec;

namespace ResourceMonitor.Contracts.Tests.Codec;

public sealed class AgentStatusCodecTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, 250, TimeSpan.Zero);

    [Theory]
    [InlineData(AgentState.Online)]
    [InlineData(AgentState.Offline)]
    public void A_status_round_trips(AgentState state)
    {
        var status = new AgentStatus(state, T0, "edge-dyeing-01", "1.2.3");

        var decoded = AgentStatusCodec.Decode(new ReadOnlySequence<byte>(AgentStatusCodec.Encode(status)), out var rejection);

        Assert.Null(rejection);
        Assert.Equal(status, decoded);
    }

    [Fact]
    public void The_documented_status_payload_decodes()
    {
        var decoded = Decode("""{"state":"offline","ts":"2026-11-29T15:00:00+07:00","agent":"edge-dyeing-01","version":"0.1.0"}""", out var rejection);

        Assert.Null(rejection);
        Assert.Equal(new AgentStatus(AgentState.Offline, new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero), "edge-dyeing-01", "0.1.0"), decoded);
    }

    [Fact]
    public void A_missing_version_reads_as_unknown()
    {
        Assert.Equal("unknown", Decode("""{"state":"online","ts":"2026-11-29T08:00:00Z","agent":"a"}""", out _)!.AgentVersion);
    }

    [Theory]
    [InlineData("{", RejectReason.MalformedJson)]
    [InlineData("""{"state":"online",""", RejectReason.MalformedJson)]
    [InlineData("[]", RejectReason.WrongShape)]
    [InlineData("""{"state":"busy","ts":"2026-11-29T08:00:00Z","agent":"a"}""", RejectReason.WrongShape)]
    [InlineData("""{"ts":"2026-11-29T08:00:00Z","agent":"a"}""", RejectReason.MissingField)]
    [InlineData("""{"state":1,"ts":"2026-11-29T08:00:00Z","agent":"a"}""", RejectReason.WrongType)]
    [InlineData("""{"state":"online","ts":"2026-11-29T08:00:00","agent":"a"}""", RejectReason.InvalidTimestamp)]
    [InlineData("""{"state":"online","ts":"2026-11-29T08:00:00Z"}""", RejectReason.MissingField)]
    [InlineData("""{"state":"online","ts":"2026-11-29T08:00:00Z","agent":"Edge_1"}""", RejectReason.InvalidId)]
    [InlineData("""{"state":"online","ts":"2026-11-29T08:00:00Z","agent":"a","version":{"x":1}}""", RejectReason.TooDeep)]
    [InlineData("""{"state":"online","ts":"2026-11-29T08:00:00Z","agent":"a","version":7}""", RejectReason.WrongType)]
    public void A_bad_status_is_refused_with_a_reason(string payload, RejectReason expected)
    {
        var decoded = Decode(payload, out var rejection);

        Assert.Null(decoded);
        Assert.Equal(expected, rejection!.Reason);
    }

    [Fact]
    public void An_oversized_status_is_refused()
    {
        Decode("{\"state\":\"online\",\"agent\":\"" + new string('a', 5000) + "\"}", out var rejection);

        Assert.Equal(RejectReason.PayloadTooLarge, rejection!.Reason);
    }

    private static AgentStatus? Decode(string json, out Rejection? rejection) =>
        AgentStatusCodec.Decode(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), out rejection);
}
