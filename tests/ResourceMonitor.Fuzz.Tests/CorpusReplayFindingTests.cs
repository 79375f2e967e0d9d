namespace ResourceMonitor.Fuzz.Tests;

/// <summary>The replay reports a finding with the input that caused it, so a regression in the corpus cannot pass unseen.</summary>
public sealed class CorpusReplayFindingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("rm-fuzz-replay-").FullName;

    [Fact]
    public void A_target_that_throws_on_one_file_fails_the_replay_naming_that_file()
    {
        File.WriteAllText(Path.Combine(_folder, "a-fine"), "fine");
        File.WriteAllText(Path.Combine(_folder, "b-bad"), "bad");
        using var output = new StringWriter();

        var status = CorpusReplay.Run(new ThrowsOnBad(), _folder, output);

        Assert.Equal(1, status);
        Assert.Contains("b-bad", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(InvariantBrokenException), output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private sealed class ThrowsOnBad : IFuzzTarget
    {
        public string Name => "throws-on-bad";

        public void Run(byte[] input) => Invariant.That(input is not [(byte)'b', (byte)'a', (byte)'d'], "bad input");
    }
}
