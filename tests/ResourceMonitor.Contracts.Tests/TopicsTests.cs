namespace ResourceMonitor.Contracts.Tests;

public sealed class TopicsTests
{
    [Fact]
    public void Topics_are_built_as_the_contract_names_them()
    {
        Assert.Equal("rm/v1/hiep-phuoc/dyeing/readings", Topics.Readings("hiep-phuoc", "dyeing"));
        Assert.Equal("rm/v1/hiep-phuoc/dyeing/status", Topics.Status("hiep-phuoc", "dyeing"));
        Assert.Equal("rm/v1/hiep-phuoc/dyeing/rejected", Topics.Rejected("hiep-phuoc", "dyeing"));
        Assert.Equal("rm/v1/hiep-phuoc/opportunities/op-1", Topics.Opportunity("hiep-phuoc", "op-1"));
        Assert.Equal("rm/v1/hiep-phuoc/alerts", Topics.Alerts("hiep-phuoc"));
        Assert.Equal("rm/v1/hiep-phuoc/+/readings", Topics.AllReadings("hiep-phuoc"));
        Assert.Equal("rm/v1/hiep-phuoc/+/status", Topics.AllStatus("hiep-phuoc"));
    }

    [Theory]
    [InlineData("rm/v1/hiep-phuoc/dyeing/readings", TopicKind.Readings)]
    [InlineData("rm/v1/hiep-phuoc/dyeing/status", TopicKind.Status)]
    [InlineData("rm/v1/hiep-phuoc/dyeing/rejected", TopicKind.Rejected)]
    public void Plant_topics_parse_into_park_plant_and_kind(string topic, TopicKind kind)
    {
        Assert.True(Topics.TryParsePlantTopic(topic, out var parsed));
        Assert.Equal(new PlantTopic("hiep-phuoc", "dyeing", kind), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("rm/v1/hiep-phuoc/dyeing")]
    [InlineData("rm/v1/hiep-phuoc/dyeing/readings/extra")]
    [InlineData("rm/v2/hiep-phuoc/dyeing/readings")]
    [InlineData("xx/v1/hiep-phuoc/dyeing/readings")]
    [InlineData("rm/v1/Hiep-Phuoc/dyeing/readings")]
    [InlineData("rm/v1/hiep-phuoc/dyeing_2/readings")]
    [InlineData("rm/v1//dyeing/readings")]
    [InlineData("rm/v1/hiep-phuoc/dyeing/alerts")]
    [InlineData("rm/v1/hiep-phuoc/opportunities/readings")]
    [InlineData("rm/v1/hiep-phuoc/+/readings")]
    [InlineData("/rm/v1/hiep-phuoc/dyeing/readings")]
    public void Anything_else_is_not_a_plant_topic(string? topic)
    {
        Assert.False(Topics.TryParsePlantTopic(topic, out _));
    }

    [Fact]
    public void A_plant_id_of_65_characters_is_not_a_plant_topic()
    {
        Assert.True(Topics.TryParsePlantTopic(Topics.Readings("p", new string('a', 64)), out _));
        Assert.False(Topics.TryParsePlantTopic(Topics.Readings("p", new string('a', 65)), out _));
    }
}
