namespace ResourceMonitor.Domain.Access;

/// <summary>MQTT topic filter matching (<c>+</c> matches one level, <c>#</c> the rest, including none).</summary>
public static class TopicFilter
{
    /// <summary>Whether <paramref name="filter"/> matches the concrete <paramref name="topic"/>.</summary>
    public static bool Matches(string filter, string topic)
    {
        if (topic.Length == 0 || topic.Contains('+', StringComparison.Ordinal) || topic.Contains('#', StringComparison.Ordinal))
        {
            return false;
        }

        return Covers(filter, topic);
    }

    /// <summary>
    /// Whether every topic <paramref name="inner"/> can match is also matched by <paramref name="outer"/>: a grant
    /// <c>rm/v1/p/#</c> covers <c>rm/v1/p/+/status</c>, while <c>rm/v1/p/a/#</c> does not cover <c>rm/v1/p/#</c>.
    /// Topics starting with <c>$</c> are matched only by filters that name that first level (MQTT 5 §4.7.2).
    /// </summary>
    public static bool Covers(string outer, string inner)
    {
        var o = outer.Split('/');
        var i = inner.Split('/');
        if (i[0].StartsWith('$') && o[0] != i[0])
        {
            return false;
        }

        for (var level = 0; level < o.Length; level++)
        {
            if (o[level] == "#")
            {
                return level == o.Length - 1;
            }

            if (level >= i.Length || i[level] == "#")
            {
                return false;
            }

            if (o[level] != "+" && (o[level] != i[level] || i[level] == "+"))
            {
                return false;
            }
        }

        return o.Length == i.Length;
    }

    /// <summary>Whether <paramref name="filter"/> is a well-formed MQTT topic filter.</summary>
    public static bool IsValidFilter(string filter)
    {
        if (filter.Length == 0)
        {
            return false;
        }

        var levels = filter.Split('/');
        for (var level = 0; level < levels.Length; level++)
        {
            var text = levels[level];
            var wildcard = text is "+" or "#";
            if (!wildcard && (text.Contains('+', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal)))
            {
                return false;
            }

            if (text == "#" && level != levels.Length - 1)
            {
                return false;
            }
        }

        return true;
    }
}
