using ResourceMonitor.Domain.Baselines.Profiles;
using ResourceMonitor.Worker.Baselines;

namespace ResourceMonitor.Worker.Tests.Baselines;

public sealed class BaselineBandPointTests
{
    [Fact]
    public void A_band_becomes_one_point_at_its_hour_start_with_the_meter_tags_and_the_band_fields()
    {
        var start = new DateTimeOffset(2026, 11, 29, 4, 30, 0, TimeSpan.Zero);
        var band = new BaselineBand(new MeterKey("hiep-phuoc", "food-01", "city-water"), "water", "m3/h", start, new ProfileBand(0.8, 1.0, 1.25, 8));

        var line = BaselineBandPoint.Create(band).ToLineProtocol(null);

        Assert.Equal($"baseline_band,meter=city-water,park=hiep-phuoc,plant=food-01,resource=water,unit=m3/h median=1,p10=0.8,p90=1.25,samples=8i {start.ToUnixTimeSeconds()}", line);
    }
}
