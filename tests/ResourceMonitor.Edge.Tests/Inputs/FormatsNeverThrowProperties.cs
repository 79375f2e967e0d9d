using CsCheck;
using Microsoft.Extensions.Logging.Abstractions;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

/// <summary>
/// No payload makes an input format throw, and every refusal carries a code and a reason (issue 13: fuzzing every edge
/// input format). Each testdata case of every format folder (real device payloads among them) is the seed: its own mapping
/// reads arbitrary bytes and the case's payload mutated. A format that throws is caught by the mapper's boundary and
/// reported as <c>format_failed</c>; the property is that this never happens, so the boundary stays a safety net, not a path.
/// </summary>
public sealed class FormatsNeverThrowProperties
{
    private const long Iterations = 20_000;

    private static readonly IReadOnlyList<Seed> Seeds = FormatCase.All().Select(Seed.Of).ToList();

    [Fact]
    public void Every_format_folder_takes_part() =>
        Assert.Equal(
            Directory.GetDirectories(RepositoryPaths.Inputs).Where(d => Directory.Exists(Path.Combine(d, "testdata"))).Select(Path.GetFileName).Order(),
            Seeds.Select(s => s.Case.Format).Distinct().Order());

    [Fact]
    public void Mutated_device_payloads_never_make_a_format_throw() =>
        Gen.Select(Gen.Int[0, Seeds.Count - 1], PayloadMutation.Any.Array[1, 4])
            .Sample((seed, mutations) => AssertAnswered(Seeds[seed], mutations.Aggregate(Seeds[seed].Case.Payload, (bytes, m) => m.ApplyTo(bytes))), iter: Iterations, threads: 1);

    [Fact]
    public void Arbitrary_bytes_never_make_a_format_throw() =>
        Gen.Select(Gen.Int[0, Seeds.Count - 1], Gen.OneOf(Gen.Byte.Array[0, 300], PayloadMutation.AwkwardByte.Array[0, 200]))
            .Sample((seed, payload) => AssertAnswered(Seeds[seed], payload), iter: Iterations, threads: 1);

    private static void AssertAnswered(Seed seed, byte[] payload)
    {
        var result = seed.Mapper.Map(seed.Case.Topic, payload, seed.Case.ReceiveTime);

        var failed = result.Rejections.Where(r => r.Code == RejectionCodes.FormatFailed).Select(r => r.Text).ToList();
        Assert.True(failed.Count == 0, $"{seed.Case}: the format threw on {Convert.ToHexString(payload)}: {string.Join("; ", failed)}");
        Assert.All(result.Rejections, r => Assert.False(string.IsNullOrWhiteSpace(r.Code) || string.IsNullOrWhiteSpace(r.Text), $"{seed.Case}: a rejection without code or reason"));
    }

    /// <summary>One case with its mapper, built once: stateful formats (Sparkplug B) keep their state across samples, as on a live topic.</summary>
    private sealed record Seed(FormatCase Case, MessageMapper Mapper)
    {
        public static Seed Of(FormatCase c)
        {
            var options = c.LoadOptions();
            var compiled = MappingCompiler.Compile(options.Mappings, new PayloadFormats(), out var errors);
            Assert.Empty(errors);
            return new Seed(c, new MessageMapper(compiled, options.ResolveTimeZone(), NullLogger.Instance));
        }

        public override string ToString() => Case.ToString();
    }
}
