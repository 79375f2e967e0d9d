using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Storage.InfluxQl;

namespace ResourceMonitor.Worker.Tests.Storage.InfluxQl;

public sealed class InfluxQlResponseParserTests
{
    [Fact]
    public void Series_with_tags_columns_and_rows_are_read()
    {
        const string json = """{"results":[{"statement_id":0,"series":[{"name":"usage","tags":{"meter":"m1"},"columns":["time","sum"],"values":[[1000,2.5],[2000,null]]}]}]}""";

        var result = InfluxQlResponseParser.Parse(json, "SELECT ...");

        var series = Assert.Single(result.Series);
        Assert.Equal("usage", series.Name);
        Assert.Equal("m1", series.Tags["meter"]);
        Assert.Equal(["time", "sum"], series.Columns);
        Assert.Equal(2.5, series.Values[0][1]);
        Assert.Null(series.Values[1][1]);
    }

    [Fact]
    public void A_statement_error_is_thrown_with_the_statement_and_influxdb_text()
    {
        const string json = """{"results":[{"statement_id":0,"error":"database not found: nope"}]}""";

        var e = Assert.Throws<InfluxQlException>(() => InfluxQlResponseParser.Parse(json, "SELECT * FROM x"));

        Assert.Equal("database not found: nope", e.Error);
        Assert.Contains("SELECT * FROM x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Local_days_are_grouped_by_the_zones_iana_name_so_influxdb_applies_its_daylight_saving_rules()
    {
        Assert.Equal("tz('Asia/Ho_Chi_Minh')", InfluxQlTime.TimeZoneClause(TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh")));
        Assert.Equal("tz('Europe/Berlin')", InfluxQlTime.TimeZoneClause(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));
        Assert.Equal("'it\\'s'", InfluxQlTime.Quote("it's"));
    }
}
