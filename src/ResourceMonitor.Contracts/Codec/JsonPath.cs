namespace ResourceMonitor.Contracts.Codec;

/// <summary>
/// Where a reader is inside a JSON payload, as a JSON path (<c>$.readings[3].unit</c>), and the keys each open object has
/// named so far. One frame per nesting level, reused from object to object.
/// </summary>
internal sealed class JsonPath
{
    private readonly List<JsonPathFrame> _frames = [];
    private int _depth;

    /// <summary>A value starts: inside an array it is the next element.</summary>
    public void OnValue()
    {
        if (_depth > 0 && _frames[_depth - 1].IsArray)
        {
            _frames[_depth - 1].Index++;
        }
    }

    /// <summary>An object or array opens.</summary>
    public void Enter(bool isArray)
    {
        if (_frames.Count == _depth)
        {
            _frames.Add(new JsonPathFrame());
        }

        _frames[_depth].Reset(isArray);
        _depth++;
    }

    /// <summary>The innermost object or array closes.</summary>
    public void Leave() => _depth--;

    /// <summary>Records <paramref name="key"/> in the innermost object; false when that object has named it before.</summary>
    public bool TryTakeKey(string key)
    {
        var frame = _frames[_depth - 1];
        frame.Key = key;
        return frame.Keys.Add(key);
    }

    /// <summary>The path of the current position.</summary>
    public override string ToString()
    {
        var path = new System.Text.StringBuilder("$");
        for (var i = 0; i < _depth; i++)
        {
            var frame = _frames[i];
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Key is not null)
            {
                path.Append('.').Append(BatchHeaderReader.Truncate(frame.Key));
            }
        }

        return path.ToString();
    }
}
