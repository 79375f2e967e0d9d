using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using ResourceMonitor.Domain.Exchanges;
using ResourceMonitor.Worker.Api;
using ResourceMonitor.Worker.Exchanges;
using ResourceMonitor.Worker.Tests.Symbiosis;

namespace ResourceMonitor.Worker.Tests.Exchanges;

/// <summary>The register over its journal: rebuilt from it, a torn last line skipped and cut before the next append, an edited line refused.</summary>
public sealed class ExchangeRegisterTests : IDisposable
{
    private const string Pair = "steel-waste-heat--dyeing-boiler-heat";
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 6, 0, 0, TimeSpan.Zero);
    private static readonly ApiCaller Park = new("park-operator", null);
    private static readonly ApiCaller Dyeing = new("dyeing key", "dyeing-01");
    private static readonly ApiCaller Paper = new("paper key", "paper-01");
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("rm-exchanges-");

    private string JournalPath => Path.Combine(_directory.FullName, "journal.jsonl");

    [Fact]
    public async Task A_new_register_over_the_same_journal_has_every_stage_and_licence()
    {
        using (var first = Open())
        {
            Assert.Null((await first.MoveAsync(Pair, ExchangeStage.Proposed, "gas all day", Dyeing, Now, CancellationToken.None)).Refused);
            Assert.Null((await first.MoveAsync(Pair, ExchangeStage.UnderDiscussion, null, Park, Now.AddDays(1), CancellationToken.None)).Refused);
            await first.RecordAsync(new Licence(LicenceScope.WasteCode, "03 03 11", "treatment licence", LicenceStatus.Applied, null, null, "park-operator", Now), CancellationToken.None);
        }

        using var second = Open();

        var progress = second.Progress(Pair)!;
        Assert.Equal(ExchangeStage.UnderDiscussion, progress.Stage);
        Assert.Equal(["dyeing key", "park-operator"], progress.History.Select(c => c.By));
        Assert.Equal("dyeing-01", progress.History[0].ByPlant);
        Assert.Equal(LicenceStatus.Applied, Assert.Single(second.Licences).Status);
        var sludge = second.Status("paper-sludge--bricks-raw-material", Now)!;
        Assert.False(sludge.Legal.ClearToImplement);
    }

    [Fact]
    public async Task A_third_plant_cannot_see_or_move_the_pair()
    {
        using var register = Open();

        Assert.True((await register.MoveAsync(Pair, ExchangeStage.Proposed, null, Paper, Now, CancellationToken.None)).NotFound);
        Assert.True((await register.MoveAsync("no-such--pair", ExchangeStage.Proposed, null, Park, Now, CancellationToken.None)).NotFound);
        Assert.Null(register.Progress(Pair));
        Assert.False(File.Exists(JournalPath));
    }

    [Fact]
    public async Task A_refused_move_writes_nothing()
    {
        using var register = Open();

        var outcome = await register.MoveAsync(Pair, ExchangeStage.Agreed, null, Park, Now, CancellationToken.None);

        Assert.Equal("from not proposed the next stage is proposed, not agreed", outcome.Refused);
        Assert.False(File.Exists(JournalPath));
    }

    [Fact]
    public async Task A_torn_last_line_is_skipped_and_cut_before_the_next_append()
    {
        using (var first = Open())
        {
            await first.MoveAsync(Pair, ExchangeStage.Proposed, null, Park, Now, CancellationToken.None);
        }

        await File.AppendAllTextAsync(JournalPath, "{\"change\":{\"opportunityId\":\"steel-was");
        using var second = Open();
        Assert.Equal(ExchangeStage.Proposed, second.Progress(Pair)!.Stage);

        await second.MoveAsync(Pair, ExchangeStage.UnderDiscussion, null, Park, Now, CancellationToken.None);

        var lines = await File.ReadAllLinesAsync(JournalPath);
        Assert.Equal(2, lines.Length);
        using var third = Open();
        Assert.Equal(ExchangeStage.UnderDiscussion, third.Progress(Pair)!.Stage);
    }

    [Fact]
    public async Task An_edited_line_in_the_middle_stops_the_start_naming_the_file_and_line()
    {
        using (var first = Open())
        {
            await first.MoveAsync(Pair, ExchangeStage.Proposed, null, Park, Now, CancellationToken.None);
        }

        await File.WriteAllTextAsync(JournalPath, "{\"nonsense\":1}\n" + await File.ReadAllTextAsync(JournalPath));

        var ex = Assert.Throws<InvalidOperationException>(Open);
        Assert.Contains($"'{JournalPath}' line 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Exchanges:JournalPath", ex.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private ExchangeRegister Open()
    {
        var environment = Substitute.For<IHostEnvironment>();
        environment.ContentRootPath.Returns(_directory.FullName);
        var journal = new ExchangeJournal(Microsoft.Extensions.Options.Options.Create(new ExchangeOptions { JournalPath = JournalPath }), environment, NullLogger<ExchangeJournal>.Instance);
        return new ExchangeRegister(SymbiosisHarness.Catalog, journal, NullLogger<ExchangeRegister>.Instance);
    }
}
