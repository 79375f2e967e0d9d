namespace ResourceMonitor.Contracts.Codec;

/// <summary>One nesting level of a <see cref="JsonPath"/>: an array and the index of its current element, or an object, its current key and every key it has named.</summary>
internal sealed class JsonPathFrame
{
    public bool IsArray { get; private set; }

    public int Index { get; set; }

    public string? Key { get; set; }

    public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

    public void Reset(bool isArray)
    {
        IsArray = isArray;
        Index = -1;
        Key = null;
        Keys.Clear();
    }
}
