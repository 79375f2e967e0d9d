using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ResourceMonitor.Contracts.Codec;
using ResourceMonitor.Contracts.Schema;
using ResourceMonitor.TestServices;

namespace ResourceMonitor.Contracts.Tests.Schema;

/// <summary>Keeps docs/contract/v1.md, the JSON Schemas and the codec telling the same story.</summary>
public sealed partial class ContractDocumentationTests
{
    private static readonly SchemaValidator BatchSchema = new(ContractSchemas.ReadingBatch());
    private static readonly SchemaValidator StatusSchema = new(ContractSchemas.AgentStatus());
    private static readonly SchemaValidator NoticeSchema = new(ContractSchemas.RejectionNotice());
    private static readonly SchemaValidator AckSchema = new(ContractSchemas.Acknowledgement());

    public static TheoryData<string> DocumentSamples()
    {
        var doc = File.ReadAllText(RepositoryFiles.Path("docs/contract/v1.md"));
        var data = new TheoryData<string>();
        foreach (Match block in JsonBlock().Matches(doc))
        {
            data.Add(block.Groups[1].Value);
        }

        return data;
    }

    public static TheoryData<string, string> SchemaExamples()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, text) in new[] { ("reading-batch", ContractSchemas.ReadingBatch()), ("agent-status", ContractSchemas.AgentStatus()), ("rejection-notice", ContractSchemas.RejectionNotice()), ("ack", ContractSchemas.Acknowledgement()) })
        {
            using var schema = JsonDocument.Parse(text);
            foreach (var example in schema.RootElement.GetProperty("examples").EnumerateArray())
            {
                data.Add(name, example.GetRawText());
            }
        }

        return data;
    }

    [Fact]
    public void The_document_has_a_sample_of_each_payload()
    {
        var samples = DocumentSamples().Cast<object[]>().Select(row => (string)row[0]).ToList();

        Assert.Contains(samples, s => s.Contains("\"readings\"", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Contains("\"state\"", StringComparison.Ordinal));
        Assert.Contains(samples, s => s.Contains("\"rejections\"", StringComparison.Ordinal));
        Assert.Contains(samples, IsAcknowledgement);
    }

    [Theory]
    [MemberData(nameof(DocumentSamples))]
    public void Every_sample_in_the_document_decodes_with_the_codec_and_matches_its_schema(string json)
    {
        var bytes = new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json));
        if (json.Contains("\"rejections\"", StringComparison.Ordinal))
        {
            var notice = RejectionNoticeCodec.Decode(bytes, out var refused);
            Assert.Null(refused);
            Assert.NotEmpty(notice!.Rejections);
            AssertValid(NoticeSchema, json);
        }
        else if (json.Contains("\"readings\"", StringComparison.Ordinal))
        {
            var result = new ReadingBatchCodec().Decode(bytes);
            Assert.True(result.Rejections.Count == 0, string.Join("; ", result.Rejections));
            Assert.NotEmpty(result.Batch!.Readings);
            AssertValid(BatchSchema, json);
        }
        else if (IsAcknowledgement(json))
        {
            Assert.NotNull(AcknowledgementCodec.Decode(bytes, out var ackRejection));
            Assert.Null(ackRejection);
            AssertValid(AckSchema, json);
        }
        else
        {
            Assert.NotNull(AgentStatusCodec.Decode(bytes, out var rejection));
            Assert.Null(rejection);
            AssertValid(StatusSchema, json);
        }
    }

    [Theory]
    [MemberData(nameof(SchemaExamples))]
    public void Every_schema_example_decodes_with_the_codec_and_matches_its_schema(string schema, string json)
    {
        var bytes = new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json));
        if (schema == "reading-batch")
        {
            Assert.Empty(new ReadingBatchCodec().Decode(bytes).Rejections);
            AssertValid(BatchSchema, json);
        }
        else if (schema == "rejection-notice")
        {
            Assert.NotNull(RejectionNoticeCodec.Decode(bytes, out var refused));
            Assert.Null(refused);
            AssertValid(NoticeSchema, json);
        }
        else if (schema == "ack")
        {
            Assert.NotNull(AcknowledgementCodec.Decode(bytes, out _));
            AssertValid(AckSchema, json);
        }
        else
        {
            Assert.NotNull(AgentStatusCodec.Decode(bytes, out _));
            AssertValid(StatusSchema, json);
        }
    }

    [Fact]
    public void The_reason_table_lists_every_reject_reason_code()
    {
        var doc = File.ReadAllText(RepositoryFiles.Path("docs/contract/v1.md"));
        var section = doc[doc.IndexOf("## Reject reason codes", StringComparison.Ordinal)..];
        var listed = ReasonRow().Matches(section).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(Enum.GetValues<RejectReason>().Select(r => r.Code()).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_notice_schema_lists_exactly_the_reject_reason_codes_and_an_encoded_notice_matches_it()
    {
        using var schema = JsonDocument.Parse(ContractSchemas.RejectionNotice());
        var listed = schema.RootElement.GetProperty("$defs").GetProperty("rejection").GetProperty("properties").GetProperty("reason").GetProperty("enum")
            .EnumerateArray().Select(e => e.GetString()!);
        var notice = new RejectionNotice("rm/v1/p/q/readings", null, null, DateTimeOffset.UnixEpoch,
            Enum.GetValues<RejectReason>().Select(r => new Rejection(r, "d")).ToArray(), 0);

        Assert.Equal(Enum.GetValues<RejectReason>().Select(r => r.Code()).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        AssertValid(NoticeSchema, Encoding.UTF8.GetString(RejectionNoticeCodec.Encode(notice)));
    }

    [Fact]
    public void The_schema_lists_exactly_the_canonical_units()
    {
        using var schema = JsonDocument.Parse(ContractSchemas.ReadingBatch());
        var reading = schema.RootElement.GetProperty("$defs").GetProperty("reading");
        var units = reading.GetProperty("properties").GetProperty("unit").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        var cumulative = reading.GetProperty("then").GetProperty("properties").GetProperty("unit").GetProperty("enum").EnumerateArray().Select(e => e.GetString());

        Assert.Equal(CanonicalUnits.All, units);
        Assert.Equal(CanonicalUnits.Cumulative, cumulative);
    }

    public static TheoryData<string> AgreementCases() =>
    [
        Batch(Reading()),
        Batch(Reading(), Reading(meter: "m-2", unit: "m3/h", kind: "gauge", value: "-3.5")),
        Batch(Reading(ts: "2026-11-29T15:00:00.5+07:00")),
        Batch(Reading(quality: "\"suspect\"")),
        Batch(Reading(value: "1e15")),
        Batch(Reading(unit: "degC", kind: "gauge", value: "-40")),
        """{"v":2,"agent":"a","batch":"b","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter"}]}""",
        """{"agent":"a","batch":"b","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter"}]}""",
        """{"v":1,"agent":"A","batch":"b","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter"}]}""",
        """{"v":1,"agent":"a","batch":"b/c","readings":[{"meter":"m","ts":"2026-11-29T08:00:00Z","value":1,"unit":"kWh","kind":"counter"}]}""",
        """{"v":1,"agent":"a","batch":"b","readings":[]}""",
        Batch(Reading(meter: new string('m', 65))),
        Batch(Reading(meter: "Meter_1")),
        Batch(Reading(meter: new string('m', 64))),
        Batch(Reading(unit: "kwh")),
        Batch(Reading(unit: "t")),
        Batch(Reading(unit: "kW")),
        Batch(Reading(kind: "rate")),
        Batch(Reading(value: "-1")),
        Batch(Reading(value: "1e16")),
        Batch(Reading(value: "\"12\"")),
        Batch(Reading(ts: "2026-11-29T08:00:00")),
        Batch(Reading(ts: "2026-11-29T08:00Z")),
        Batch(Reading(ts: "garbage")),
        Batch(Reading(quality: "\"bad\"")),
        Batch(Reading(), "7"),
    ];

    [Theory]
    [MemberData(nameof(AgreementCases))]
    public void The_schema_and_the_codec_agree_on_what_is_valid(string json)
    {
        var decoded = new ReadingBatchCodec().Decode(Encoding.UTF8.GetBytes(json));
        var codecAccepts = decoded.Rejections.Count == 0;

        var (schemaAccepts, errors) = BatchSchema.Validate(json);

        Assert.True(codecAccepts == schemaAccepts, $"codec {(codecAccepts ? "accepts" : "refuses: " + string.Join("; ", decoded.Rejections))}, schema {(schemaAccepts ? "accepts" : "refuses: " + errors)}");
    }

    private static bool IsAcknowledgement(string json) => json.Contains("\"log\"", StringComparison.Ordinal) && !json.Contains("\"readings\"", StringComparison.Ordinal);

    private static void AssertValid(SchemaValidator schema, string json)
    {
        var (valid, errors) = schema.Validate(json);
        Assert.True(valid, errors);
    }

    private static string Batch(params string[] readings) => $$"""{"v":1,"agent":"edge-1","batch":"01JDQ8ZX3K7V9T2M4N6P8R0S1W","readings":[{{string.Join(",", readings)}}]}""";

    private static string Reading(string meter = "m", string ts = "2026-11-29T08:00:00.000Z", string value = "1", string unit = "kWh", string kind = "counter", string? quality = null) =>
        $$"""{"meter":"{{meter}}","ts":"{{ts}}","value":{{value}},"unit":"{{unit}}","kind":"{{kind}}"{{(quality is null ? "" : $",\"quality\":{quality}")}}}""";

    [GeneratedRegex("```json\\s*\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("^\\| `([a-z_]+)` \\|", RegexOptions.Multiline)]
    private static partial Regex ReasonRow();
}
