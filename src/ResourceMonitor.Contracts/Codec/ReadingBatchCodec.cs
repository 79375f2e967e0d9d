using System.Buffers;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Encodes and decodes the v1 reading batch. Decoding never throws on bad input: it returns reasons.</summary>
public sealed class ReadingBatchCodec
{
    private readonly ContractLimits _limits;

    /// <summary>A codec enforcing <paramref name="limits"/> (the defaults when null).</summary>
    public ReadingBatchCodec(ContractLimits? limits = null) => _limits = limits ?? ContractLimits.Default;

    /// <summary>The limits this codec enforces.</summary>
    public ContractLimits Limits => _limits;

    /// <summary>Encodes <paramref name="batch"/> as UTF-8 JSON.</summary>
    public static byte[] Encode(ReadingBatch batch)
    {
        var buffer = new ArrayBufferWriter<byte>(128 + (batch.Readings.Count * 128));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber(JsonFields.Version, ReadingBatch.Version);
            writer.WriteString(JsonFields.Agent, batch.Agent);
            writer.WriteString(JsonFields.Batch, batch.BatchId);
            if (batch.Sequence is { } seq)
            {
                writer.WriteStartObject(JsonFields.Sequence);
                writer.WriteString(JsonFields.Log, seq.Log);
                writer.WriteNumber(JsonFields.First, seq.First);
                writer.WriteNumber(JsonFields.Last, seq.Last);
                writer.WriteNumber(JsonFields.Released, seq.Released);
                writer.WriteEndObject();
            }

            writer.WriteStartArray(JsonFields.Readings);
            foreach (var reading in batch.Readings)
            {
                WriteReading(writer, reading);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Decodes a payload, keeping the valid readings and naming every invalid one. Never throws, whatever the bytes.</summary>
    public BatchDecodeResult Decode(ReadOnlySequence<byte> payload)
    {
        using var document = ContractJson.ParseObject(payload, _limits.MaxPayloadBytes, _limits.MaxDepth, "reading batch", out var rejection);
        return document is null ? BatchDecodeResult.Refused(rejection!) : DecodeDocument(document.RootElement);
    }

    /// <summary>Decodes a payload held in one array.</summary>
    public BatchDecodeResult Decode(ReadOnlyMemory<byte> payload) => Decode(new ReadOnlySequence<byte>(payload));

    private BatchDecodeResult DecodeDocument(JsonElement root)
    {
        var header = BatchHeaderReader.Read(root, _limits);
        if (header.Rejection is not null)
        {
            return BatchDecodeResult.Refused(header.Rejection);
        }

        var sequence = BatchSequenceReader.Read(root, header.Readings.GetArrayLength(), out var sequenceFailure);
        if (sequenceFailure is not null)
        {
            return BatchDecodeResult.Refused(sequenceFailure);
        }

        var readings = new List<Reading>(header.Readings.GetArrayLength());
        var positions = new List<int>(readings.Capacity);
        var rejections = new List<Rejection>();
        var index = 0;
        foreach (var element in header.Readings.EnumerateArray())
        {
            var outcome = ReadingReader.Read(element, $"$.readings[{index}]", _limits);
            if (outcome.Reading is not null)
            {
                readings.Add(outcome.Reading);
                positions.Add(index);
            }
            else
            {
                rejections.Add(outcome.Rejection!);
            }

            index++;
        }

        return new BatchDecodeResult(new ReadingBatch(header.Agent!, header.BatchId!, readings, sequence), rejections) { Positions = positions };
    }

    private static void WriteReading(Utf8JsonWriter writer, Reading reading)
    {
        writer.WriteStartObject();
        writer.WriteString(JsonFields.Meter, reading.Meter);
        writer.WriteString(JsonFields.Timestamp, ContractTimestamp.Format(reading.Timestamp));
        writer.WriteNumber(JsonFields.Value, reading.Value);
        writer.WriteString(JsonFields.Unit, reading.Unit);
        writer.WriteString(JsonFields.Kind, ContractEnums.Format(reading.Kind));
        if (reading.Quality != ReadingQuality.Good)
        {
            writer.WriteString(JsonFields.Quality, ContractEnums.Format(reading.Quality));
        }

        writer.WriteEndObject();
    }

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
