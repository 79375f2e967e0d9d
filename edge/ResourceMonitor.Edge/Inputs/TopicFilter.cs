namespace ResourceMonitor.Edge.Inputs;

/// <summary>MQTT topic filter matching (<c>+</c> one level, <c>#</c> the rest).</summary>
public static class TopicFilter
{
    /// <summary>True when <paramref name="topic"/> matches <paramref name="filter"/>.</summary>
    public static bool Matches(string filter, string topic)
    {
        var f = filter.Split('/');
        var t = topic.Split('/');
        for (var i = 0; i < f.Length; i++)
        {
            if (f[i] == "#")
            {
                return true;
            }

            if (i >= t.Length || (f[i] != "+" && !string.Equals(f[i], t[i], StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return f.Length == t.Length;
    }
}
