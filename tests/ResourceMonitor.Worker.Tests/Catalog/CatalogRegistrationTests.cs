using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Tests.Catalog;

public sealed class CatalogRegistrationTests
{
    [Fact]
    public void Default_path_loads_the_sample_park_shipped_next_to_the_binaries()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });

        builder.AddCatalog();

        using var services = builder.Services.BuildServiceProvider();
        Assert.Equal("hiep-phuoc", services.GetRequiredService<ParkCatalogs>().Primary.Park.Id);
    }

    [Fact]
    public void Missing_catalog_stops_start_up_naming_the_file_and_the_setting()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration["Catalog:Path"] = "catalog/atlantis.json";

        var ex = Assert.Throws<CatalogException>(() => builder.AddCatalog());

        Assert.Contains("atlantis.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Catalog:Path", ex.Message, StringComparison.Ordinal);
    }
}
