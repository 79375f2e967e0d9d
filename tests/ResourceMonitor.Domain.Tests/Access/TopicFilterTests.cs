using ResourceMonitor.Domain.Access;

namespace ResourceMonitor.Domain.Tests.Access;

public sealed class TopicFilterTests
{
    [Theory]
    [InlineData("rm/v1/p/#", "rm/v1/p/a/readings", true)]
    [InlineData("rm/v1/p/#", "rm/v1/p", true)]
    [InlineData("rm/v1/p/+/readings", "rm/v1/p/a/readings", true)]
    [InlineData("rm/v1/p/+/readings", "rm/v1/p/a/status", false)]
    [InlineData("rm/v1/p/a/readings", "rm/v1/p/a/readings/x", false)]
    [InlineData("#", "$SYS/broker/uptime", false)]
    [InlineData("$SYS/#", "$SYS/broker/uptime", true)]
    [InlineData("rm/v1/p/#", "rm/v1/p/+/readings", false)]
    public void A_filter_matches_concrete_topics_only(string filter, string topic, bool matches) =>
        Assert.Equal(matches, TopicFilter.Matches(filter, topic));

    [Theory]
    [InlineData("rm/v1/p/#", "rm/v1/p/+/status", true)]
    [InlineData("rm/v1/p/#", "rm/v1/p/#", true)]
    [InlineData("rm/v1/p/a/opportunities/#", "rm/v1/p/a/opportunities/+", true)]
    [InlineData("rm/v1/p/a/#", "rm/v1/p/#", false)]
    [InlineData("rm/v1/p/a/#", "rm/v1/p/+/alerts", false)]
    [InlineData("rm/v1/p/+/alerts", "rm/v1/p/#", false)]
    [InlineData("rm/v1/p/a/alerts", "rm/v1/p/a/+", false)]
    [InlineData("rm/v1/p/#", "#", false)]
    [InlineData("rm/v1/p/#", "+/v1/p/a", false)]
    public void A_grant_covers_a_subscription_only_when_it_matches_every_topic_the_subscription_can(string grant, string subscription, bool covers) =>
        Assert.Equal(covers, TopicFilter.Covers(grant, subscription));

    [Theory]
    [InlineData("rm/v1/#", true)]
    [InlineData("rm/+/x", true)]
    [InlineData("rm/#/x", false)]
    [InlineData("rm/a#", false)]
    [InlineData("rm/a+/x", false)]
    [InlineData("", false)]
    public void Malformed_filters_are_recognised(string filter, bool valid) =>
        Assert.Equal(valid, TopicFilter.IsValidFilter(filter));
}
