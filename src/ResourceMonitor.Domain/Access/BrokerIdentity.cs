namespace ResourceMonitor.Domain.Access;

/// <summary>
/// One broker user. Its user name is also its MQTT client id (the broker binds them), so no other user can take over its
/// session.
/// </summary>
/// <param name="Username">User name and client id.</param>
/// <param name="Role">What it is for.</param>
/// <param name="Plant">The plant of an edge agent; <c>null</c> for the worker and the operator.</param>
/// <param name="Purpose">One sentence for the ACL file's reader.</param>
/// <param name="Grants">What it may publish and read.</param>
public sealed record BrokerIdentity(string Username, BrokerRole Role, string? Plant, string Purpose, IReadOnlyList<TopicGrant> Grants)
{
    /// <summary>Whether this user may publish on <paramref name="topic"/>.</summary>
    public bool MayPublish(string topic) => Grants.Any(g => g.AllowsPublish(topic));

    /// <summary>Whether this user may subscribe to <paramref name="filter"/>: some grant covers every topic it can match.</summary>
    public bool MaySubscribe(string filter) => TopicFilter.IsValidFilter(filter) && Grants.Any(g => g.AllowsSubscribe(filter));
}
