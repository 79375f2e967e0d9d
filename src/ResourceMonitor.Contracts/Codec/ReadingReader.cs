using System.Globalization;
using System.Text.Json;

namespace ResourceMonitor.Contracts.Codec;

/// <summary>Reads and checks one reading of a batch.</summary>
internal static class ReadingReader
{
    public readonly record struct Outcome(Reading? Reading, Rejection? Rejection);

    public static Outcome Read(JsonElement element, string path, ContractLimits limits)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail(RejectReason.WrongShape, $"a reading is a JSON object, not {ReadingBatchCodec.Describe(element)}", path);
        }

        var meter = BatchHeaderReader.RequiredString(element, JsonFields.Meter, out var failure, path);
        if (failure is not null)
        {
            return new Outcome(null, failure);
        }

        if (!ResourceIds.IsValid(meter))
        {
            return Fail(RejectReason.InvalidId, $"meter id '{BatchHeaderReader.Truncate(meter!)}' must be 1-64 characters of a-z, 0-9 and '-'", $"{path}.meter");
        }

        var tsText = BatchHeaderReader.RequiredString(element, JsonFields.Timestamp, out failure, path);
        if (failure is not null)
        {
            return new Outcome(null, failure);
        }

        if (!ContractTimestamp.TryParse(tsText, out var ts))
        {
            return Fail(RejectReason.InvalidTimestamp, $"timestamp '{BatchHeaderReader.Truncate(tsText!)}' is not ISO 8601 with an explicit UTC offset (e.g. 2026-11-29T08:00:00.000Z)", $"{path}.ts");
        }

        if (ts < limits.EarliestTimestamp || ts > limits.LatestTimestamp)
        {
            return Fail(RejectReason.InvalidTimestamp, $"timestamp {tsText} lies outside {limits.EarliestTimestamp:yyyy} to {limits.LatestTimestamp:yyyy}", $"{path}.ts");
        }

        if (!element.TryGetProperty(JsonFields.Value, out var valueElement))
        {
            return Fail(RejectReason.MissingField, "field 'value' is missing", $"{path}.value");
        }

        if (valueElement.ValueKind != JsonValueKind.Number)
        {
            return Fail(RejectReason.WrongType, $"field 'value' must be a number, not {ReadingBatchCodec.Describe(valueElement)}", $"{path}.value");
        }

        if (!valueElement.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            return Fail(RejectReason.NonFiniteValue, $"value {BatchHeaderReader.Truncate(valueElement.GetRawText())} does not fit a finite double", $"{path}.value");
        }

        if (Math.Abs(value) > limits.MaxAbsoluteValue)
        {
            return Fail(RejectReason.OutOfRange, $"value {value.ToString("R", CultureInfo.InvariantCulture)} exceeds the contract bound of ±{limits.MaxAbsoluteValue:G}", $"{path}.value");
        }

        var unit = BatchHeaderReader.RequiredString(element, JsonFields.Unit, out failure, path);
        if (failure is not null)
        {
            return new Outcome(null, failure);
        }

        if (!CanonicalUnits.IsCanonical(unit))
        {
            return Fail(RejectReason.InvalidUnit, $"unit '{BatchHeaderReader.Truncate(unit!)}' is not canonical; use one of {string.Join(", ", CanonicalUnits.All)}", $"{path}.unit");
        }

        var kindText = BatchHeaderReader.RequiredString(element, JsonFields.Kind, out failure, path);
        if (failure is not null)
        {
            return new Outcome(null, failure);
        }

        if (!ContractEnums.TryParseKind(kindText, out var kind))
        {
            return Fail(RejectReason.InvalidKind, $"kind '{BatchHeaderReader.Truncate(kindText!)}' must be 'counter' or 'gauge'", $"{path}.kind");
        }

        if (kind == ReadingKind.Counter)
        {
            if (!CanonicalUnits.IsCumulative(unit))
            {
                return Fail(RejectReason.InvalidUnit, $"a counter is a cumulative register; unit '{unit}' is a rate or a temperature (use {string.Join(", ", CanonicalUnits.Cumulative)})", $"{path}.unit");
            }

            if (value < 0)
            {
                return Fail(RejectReason.NegativeCounter, $"counter register {value.ToString("R", CultureInfo.InvariantCulture)} is negative", $"{path}.value");
            }
        }

        var quality = ReadingQuality.Good;
        if (element.TryGetProperty(JsonFields.Quality, out var qualityElement))
        {
            if (qualityElement.ValueKind != JsonValueKind.String || !ContractEnums.TryParseQuality(qualityElement.GetString(), out quality))
            {
                return Fail(RejectReason.InvalidQuality, $"quality {BatchHeaderReader.Truncate(qualityElement.GetRawText())} must be \"good\", \"estimated\" or \"suspect\"", $"{path}.quality");
            }
        }

        return new Outcome(new Reading(meter!, ts, value, unit!, kind, quality), null);
    }

    private static Outcome Fail(RejectReason reason, string detail, string path) => new(null, new Rejection(reason, detail, path));
}
