namespace ResourceMonitor.Contracts;

/// <summary>
/// Why a message or a reading was rejected. The code travels on <c>rm/v1/{park}/{plant}/rejected</c> in snake_case
/// (see <see cref="RejectReasonCodes"/>) and labels the rejection metrics; adding a value is compatible, renaming is not.
/// </summary>
public enum RejectReason
{
    /// <summary>The payload is not well-formed UTF-8 JSON.</summary>
    MalformedJson,
    /// <summary>The payload is larger than the configured limit.</summary>
    PayloadTooLarge,
    /// <summary>The JSON nests deeper than the contract's shape allows.</summary>
    TooDeep,
    /// <summary>The payload is not an object of the expected shape.</summary>
    WrongShape,
    /// <summary>The <c>v</c> field names a contract version this receiver does not speak.</summary>
    UnsupportedVersion,
    /// <summary>A required field is missing.</summary>
    MissingField,
    /// <summary>A field has the wrong JSON type.</summary>
    WrongType,
    /// <summary>A park, plant, meter or agent id breaks the id rules.</summary>
    InvalidId,
    /// <summary>The batch id is empty or too long.</summary>
    InvalidBatchId,
    /// <summary>The unit is not canonical, or not one a counter can have.</summary>
    InvalidUnit,
    /// <summary>The kind is not <c>counter</c> or <c>gauge</c>.</summary>
    InvalidKind,
    /// <summary>The quality is not <c>good</c>, <c>estimated</c> or <c>suspect</c>.</summary>
    InvalidQuality,
    /// <summary>The timestamp is not ISO 8601 with an explicit UTC offset, or lies outside the accepted years.</summary>
    InvalidTimestamp,
    /// <summary>The value is NaN or infinite (e.g. a number too large for a double).</summary>
    NonFiniteValue,
    /// <summary>The value is beyond the contract's absolute bound or the resource's plausible range.</summary>
    OutOfRange,
    /// <summary>A counter register is negative.</summary>
    NegativeCounter,
    /// <summary>The batch has no readings, or more than the limit.</summary>
    BadReadingCount,
    /// <summary>The topic does not follow <c>rm/v1/{park}/{plant}/readings</c>.</summary>
    InvalidTopic,
    /// <summary>The topic's park is not one this worker owns.</summary>
    UnknownPark,
    /// <summary>The topic's plant is not in the park catalog.</summary>
    UnknownPlant,
    /// <summary>The meter is not in the catalog.</summary>
    UnknownMeter,
    /// <summary>The meter belongs to another plant than the topic's.</summary>
    MeterOfOtherPlant,
    /// <summary>The unit differs from the catalog's unit for that meter.</summary>
    UnitMismatch,
    /// <summary>The kind differs from the catalog's kind for that meter.</summary>
    KindMismatch,
    /// <summary>The reading is too far in the future or the past.</summary>
    ClockSkew,
    /// <summary>The storage refused the point permanently (e.g. a 400 from InfluxDB).</summary>
    StorageRejected,
    /// <summary>An object names the same key twice; which value was meant is unknowable, so neither is guessed.</summary>
    DuplicateKey,
    /// <summary>The receiver failed on this message (a bug, logged at Error); the message is refused so the others go on.</summary>
    InternalError,
    /// <summary>The batch's optional <c>seq</c> object is malformed or does not match its readings.</summary>
    InvalidSequence,
    /// <summary>The topic's plant is not in its park's catalog but in another park's the worker owns (a cross-park attempt).</summary>
    PlantOfOtherPark,
}
