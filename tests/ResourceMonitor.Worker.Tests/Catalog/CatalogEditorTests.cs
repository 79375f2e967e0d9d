using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using ResourceMonitor.Domain.Catalog;
using ResourceMonitor.Domain.Catalog.Live;
using ResourceMonitor.Worker.Catalog;

namespace ResourceMonitor.Worker.Tests.Catalog;

public sealed class CatalogEditorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rm-live-catalog-");
    private readonly FakeTimeProvider _time = new(Now);

    public CatalogEditorTests()
    {
        File.Copy(SampleCatalog.Path(), Path.Combine(_folder.FullName, "hiep-phuoc.json"));
        File.Copy(SampleCatalog.SmallPark(), Path.Combine(_folder.FullName, "small-park.json"));
    }

    private CatalogAuditTrail Trail => new(Path.Combine(_folder.FullName, "state", "audit.jsonl"));

    public void Dispose() => _folder.Delete(recursive: true);

    private ParkCatalogs Start() => new(CatalogRegistration.Load(_folder.FullName, [], Trail));

    private static CatalogChange Meter(string json) => new(CatalogSection.Meters, JsonNode.Parse(json)!.AsObject());

    private const string DryerMeter = """{ "id": "boiler-heat", "plant": "steel-01", "resource": "heat", "role": "intake", "unit": "kW", "kind": "gauge", "maxRate": 2000 }""";

    [Fact]
    public async Task A_new_meter_is_in_the_registry_at_once_and_in_the_audit_trail()
    {
        var catalogs = Start();
        var changed = new List<string>();
        catalogs.Changed += c => changed.Add(c.Park.Id);
        using var editor = new CatalogEditor(catalogs, Trail, _time, NullLogger<CatalogEditor>.Instance);

        var result = await editor.ApplyAsync("small-park", Meter(DryerMeter), "park-key", CancellationToken.None);

        Assert.True(result.Added);
        Assert.True(catalogs.TryGet("small-park", out var small));
        Assert.True(small.TryGetMeter("steel-01", "boiler-heat", out _));
        Assert.Equal(["small-park"], changed);
        var entry = Assert.Single(Trail.ReadAll());
        Assert.Equal(("park-key", "small-park", "meters", "steel-01/boiler-heat", Now), (entry.By, entry.Park, entry.Section, entry.Key, entry.At));
        Assert.Null(entry.Before);
    }

    [Fact]
    public async Task An_invalid_change_is_refused_with_the_file_validators_text_and_changes_nothing()
    {
        var catalogs = Start();
        using var editor = new CatalogEditor(catalogs, Trail, _time, NullLogger<CatalogEditor>.Instance);
        var before = catalogs.Live("small-park")!.Catalog;

        var ex = await Assert.ThrowsAsync<CatalogException>(() => editor.ApplyAsync("small-park", Meter(DryerMeter.Replace("\"kW\"", "\"L\"", StringComparison.Ordinal)), "park-key", CancellationToken.None));

        Assert.Contains("$.meters[4].unit: 'L' is not a canonical unit", ex.Problems[0], StringComparison.Ordinal);
        Assert.Same(before, catalogs.Live("small-park")!.Catalog);
        Assert.Empty(Trail.ReadAll());
    }

    [Fact]
    public async Task A_changed_element_keeps_its_before_in_the_trail_and_the_changes_survive_a_restart()
    {
        using (var editor = new CatalogEditor(Start(), Trail, _time, NullLogger<CatalogEditor>.Instance))
        {
            await editor.ApplyAsync("small-park", Meter(DryerMeter), "park-key", CancellationToken.None);
            var offer = JsonNode.Parse("""{ "id": "steel-heat", "plant": "steel-01", "meter": "cooling-heat", "openAbove": 500, "closeBelow": 300 }""")!.AsObject();
            var changed = await editor.ApplyAsync("small-park", new CatalogChange(CatalogSection.Offers, offer), "admin", CancellationToken.None);
            Assert.False(changed.Added);
        }

        var restarted = Start();

        Assert.True(restarted.TryGet("small-park", out var small));
        Assert.True(small.TryGetMeter("steel-01", "boiler-heat", out _));
        Assert.Equal(500, Assert.Single(small.Offers).OpenAbove);
        var entries = Trail.ReadAll();
        Assert.Equal(2, entries.Count);
        Assert.Equal(300, (double)entries[1].Before!["openAbove"]!);
        Assert.True(restarted.TryGet("hiep-phuoc", out var sample));
        Assert.False(sample.TryGetMeter("steel-01", "boiler-heat", out _));
    }
}
