using CsCheck;

namespace ResourceMonitor.Contracts.Tests.Codec;

/// <summary>A valid batch in which one object (the header or a reading) names one of its keys a second time.</summary>
internal sealed record DuplicatedKeyBatch(string Json, string ExpectedPath)
{
    private static readonly (string Key, string Raw)[] Header = [("v", "1"), ("agent", "\"edge-1\""), ("batch", "\"b-1\"")];

    private static readonly (string Key, string Raw)[] Reading =
        [("meter", "\"m\""), ("ts", "\"2026-11-29T08:00:00Z\""), ("value", "1.5"), ("unit", "\"kWh\""), ("kind", "\"counter\""), ("quality", "\"good\"")];

    private static readonly string[] OtherValues = ["1", "-1", "\"x\"", "null", "[]", "{}", "true", "1e400"];

    /// <summary>1-4 readings; one object, one of its keys repeated at a later position with the same or another value.</summary>
    public static readonly Gen<DuplicatedKeyBatch> Gen = CsCheck.Gen.Select(
        CsCheck.Gen.Int[1, 4], CsCheck.Gen.Int[0, 4], CsCheck.Gen.Int[0, 100], CsCheck.Gen.Int[0, 100], CsCheck.Gen.Int[0, OtherValues.Length],
        (readings, target, key, insertAt, value) => Create(readings, Math.Min(target, readings), key, insertAt, value));

    public override string ToString() => Json;

    private static DuplicatedKeyBatch Create(int readings, int target, int key, int insertAt, int value)
    {
        var objects = new List<List<(string Key, string Raw)>> { Header.ToList() };
        objects.AddRange(Enumerable.Range(0, readings).Select(_ => Reading.ToList()));
        var fields = objects[target];
        var original = fields[key % fields.Count];
        var at = (key % fields.Count) + 1 + (insertAt % (fields.Count - (key % fields.Count)));
        fields.Insert(at, (original.Key, value == OtherValues.Length ? original.Raw : OtherValues[value]));

        var readingJson = objects.Skip(1).Select(Object);
        var json = Object(objects[0]).TrimEnd('}') + ",\"readings\":[" + string.Join(",", readingJson) + "]}";
        var path = target == 0 ? $"$.{original.Key}" : $"$.readings[{target - 1}].{original.Key}";
        return new DuplicatedKeyBatch(json, path);
    }

    private static string Object(List<(string Key, string Raw)> fields) => "{" + string.Join(",", fields.Select(f => $"\"{f.Key}\":{f.Raw}")) + "}";
}
