namespace ResourceMonitor.Domain.Access;

/// <summary>One ACL line: <paramref name="Access"/> on the topics matched by <paramref name="Filter"/> (MQTT wildcards).</summary>
/// <param name="Access">Read, write or both.</param>
/// <param name="Filter">An MQTT topic filter (<c>+</c> one level, <c>#</c> the rest).</param>
public sealed record TopicGrant(TopicAccess Access, string Filter)
{
    /// <summary>Whether this grant lets its holder publish on <paramref name="topic"/>.</summary>
    public bool AllowsPublish(string topic) => Access.HasFlag(TopicAccess.Write) && TopicFilter.Matches(Filter, topic);

    /// <summary>Whether this grant lets its holder subscribe to <paramref name="filter"/> (every topic it matches is granted).</summary>
    public bool AllowsSubscribe(string filter) => Access.HasFlag(TopicAccess.Read) && TopicFilter.Covers(Filter, filter);
}
