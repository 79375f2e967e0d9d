namespace ResourceMonitor.Fuzz.Tests;

/// <summary>
/// The committed fuzz corpus is a regression suite without AFL: every file of every target's corpus (seeds, inputs the
/// fuzzer kept, and every crash found and fixed) runs through every target, so a decoder that throws again on any of
/// them, or answers without a reason, fails here in milliseconds.
/// </summary>
public sealed class CorpusReplayTests
{
    private static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "corpus");

    public static TheoryData<string> Targets() => [.. FuzzTargets.Names];

    [Fact]
    public void Every_target_has_a_corpus_and_every_corpus_a_target() =>
        Assert.Equal(
            FuzzTargets.Names.Order(StringComparer.Ordinal),
            Directory.GetDirectories(CorpusRoot).Select(Path.GetFileName).Order(StringComparer.Ordinal));

    [Fact]
    public void Every_target_has_seeds() =>
        Assert.All(FuzzTargets.Names, name => Assert.NotEmpty(Directory.GetFiles(CorpusReplay.CorpusOf(name))));

    [Theory]
    [MemberData(nameof(Targets))]
    public void Every_corpus_file_passes_through_the_target(string name)
    {
        var target = FuzzTargets.Create(name)!;
        var files = CorpusReplay.Files(CorpusRoot);
        using var output = new StringWriter();

        var status = CorpusReplay.Run(target, CorpusRoot, output);

        Assert.True(status == 0, output.ToString());
        Assert.True(files.Count > FuzzTargets.Names.Count, $"only {files.Count} corpus files");
    }
}
