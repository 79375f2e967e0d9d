using Microsoft.Extensions.Options;
using NSubstitute;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Baselines;
using ResourceMonitor.Worker.Reports;
using ResourceMonitor.Worker.Storage;

namespace ResourceMonitor.Worker.Tests.Reports;

public sealed class PlantDataLoaderTests
{
    [Fact]
    public async Task A_plant_without_stored_usage_in_the_period_is_reported_in_its_catalog_park_and_reads_that_parks_weather()
    {
        var catalog = ParkCatalogLoader.LoadFile(SampleCatalog.Path());
        var reader = Substitute.For<IInfluxQlReader>();
        reader.QueryAsync(Arg.Any<string>(), Arg.Any<CancellationToken>()).Returns(new InfluxQlResult([]));
        var loader = new PlantDataLoader(reader, Options.Create(new BaselinesOptions()), catalog);

        var data = await loader.LoadAsync("steel-01", new ReportPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 8)), CancellationToken.None);

        Assert.Equal(catalog.Park.Id, data.Park);
        await reader.Received().QueryAsync(Arg.Is<string>(q => q.Contains($"\"park\" = '{catalog.Park.Id}'", StringComparison.Ordinal) && q.Contains("'weather'", StringComparison.Ordinal)), Arg.Any<CancellationToken>());
    }
}
