using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NSubstitute;
using ResourceMonitor.Worker.Programme;

namespace ResourceMonitor.Worker.Tests.Programme;

public sealed class ManualInputStoreTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("rm-programme-inputs-");

    private ManualInputStore Open()
    {
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(_directory.FullName);
        return new ManualInputStore(Options.Create(new ProgrammeOptions { InputsFile = "programme/inputs.json" }), environment);
    }

    private static ManualInput Input(string park, string indicator, string month, double value, int minute = 0) =>
        new(park, indicator, month, value, new DateTimeOffset(2026, 12, 1, 0, minute, 0, TimeSpan.Zero), "admin");

    [Fact]
    public void An_input_is_in_force_from_its_month_until_a_later_entry_and_only_for_its_park()
    {
        var store = Open();
        store.Record(Input("hiep-phuoc", "land_area", "2026-03", 300));
        store.Record(Input("hiep-phuoc", "land_area", "2026-09", 400));
        store.Record(Input("amata", "land_area", "2026-01", 700));

        Assert.Empty(store.InForce("hiep-phuoc", "2026-02"));
        Assert.Equal(300, store.InForce("hiep-phuoc", "2026-08")["land_area"]);
        Assert.Equal(400, store.InForce("hiep-phuoc", "2026-11")["land_area"]);
        Assert.Equal(700, store.InForce("amata", "2026-11")["land_area"]);
    }

    [Fact]
    public void A_correction_of_the_same_month_wins_and_every_entry_is_kept_across_a_restart()
    {
        var store = Open();
        store.Record(Input("hiep-phuoc", "employees", "2026-11", 5200, minute: 1));
        store.Record(Input("hiep-phuoc", "employees", "2026-11", 5300, minute: 2));

        var reopened = Open();

        Assert.Equal(2, reopened.Entries.Count);
        Assert.Equal(5300, reopened.InForce("hiep-phuoc", "2026-11")["employees"]);
        Assert.False(File.Exists(Path.Combine(_directory.FullName, "programme", "inputs.json.tmp")));
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
