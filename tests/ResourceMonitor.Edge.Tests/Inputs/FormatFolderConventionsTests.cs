using Microsoft.Extensions.Configuration;
using ResourceMonitor.Edge.Inputs;

namespace ResourceMonitor.Edge.Tests.Inputs;

public sealed class FormatFolderConventionsTests
{
    private static IEnumerable<string> FormatFolders() =>
        Directory.GetDirectories(RepositoryPaths.Inputs).Where(d => Directory.GetFiles(d, "*Format.cs").Length > 0);

    [Fact]
    public void Every_format_folder_has_a_readme_a_sample_config_and_test_cases()
    {
        var problems = new List<string>();
        foreach (var folder in FormatFolders())
        {
            var name = Path.GetFileName(folder);
            if (!File.Exists(Path.Combine(folder, "README.md")))
            {
                problems.Add($"{name}: README.md missing");
            }

            if (!File.Exists(Path.Combine(folder, "sample.json")))
            {
                problems.Add($"{name}: sample.json missing");
            }

            var testdata = Path.Combine(folder, "testdata");
            var cases = Directory.Exists(testdata) ? Directory.GetDirectories(testdata) : [];
            if (cases.Length == 0)
            {
                problems.Add($"{name}: testdata/<case>/ missing");
            }

            foreach (var c in cases)
            {
                foreach (var required in new[] { "topic.txt", "mapping.json", "expected.jsonl" })
                {
                    if (!File.Exists(Path.Combine(c, required)))
                    {
                        problems.Add($"{name}/{Path.GetFileName(c)}: {required} missing");
                    }
                }

                if (Directory.GetFiles(c, "payload.*").Length != 1)
                {
                    problems.Add($"{name}/{Path.GetFileName(c)}: exactly one payload.* needed");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_format_folder_has_a_sentinel_case_and_a_status_case_with_their_sources()
    {
        var problems = new List<string>();
        foreach (var folder in FormatFolders())
        {
            var name = Path.GetFileName(folder);
            var testdata = Path.Combine(folder, "testdata");
            var cases = Directory.Exists(testdata) ? Directory.GetDirectories(testdata).Select(Path.GetFileName).ToList() : [];
            var sentinels = cases.Where(c => c!.StartsWith("sentinel-", StringComparison.Ordinal)).ToList();
            var statuses = cases.Where(c => c!.StartsWith("status-", StringComparison.Ordinal)).ToList();
            if (sentinels.Count == 0)
            {
                problems.Add($"{name}: no testdata/sentinel-<case>/ (a placeholder value the devices send, expected as a 'rejected (sentinel)' gap)");
            }

            if (statuses.Count == 0)
            {
                problems.Add($"{name}: no testdata/status-<case>/ (the device's status or error field and the quality it gives, or why the format has none)");
            }

            foreach (var c in sentinels.Concat(statuses))
            {
                if (!File.Exists(Path.Combine(testdata, c!, "README.md")))
                {
                    problems.Add($"{name}/{c}: README.md missing (where the payload comes from, and what it shows)");
                }
            }

            foreach (var c in sentinels)
            {
                var rejections = Path.Combine(testdata, c!, "expected-rejections.txt");
                if (!File.Exists(rejections) || !File.ReadAllText(rejections).Contains("rejected (sentinel)", StringComparison.Ordinal))
                {
                    problems.Add($"{name}/{c}: expected-rejections.txt must expect 'rejected (sentinel)'");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_registered_format_has_its_own_folder_with_test_cases()
    {
        var tested = FormatCase.All().SelectMany(c => c.LoadOptions().Mappings).Select(m => m.Format).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var untested = new PayloadFormats().Names.Where(n => !tested.Contains(n)).ToList();
        Assert.True(untested.Count == 0, "formats without test cases: " + string.Join(", ", untested));
        Assert.Equal(new PayloadFormats().Names.Count(), FormatFolders().Count());
    }

    [Fact]
    public void Every_sample_config_compiles_without_errors()
    {
        foreach (var folder in FormatFolders())
        {
            var options = new EdgeOptions();
            new ConfigurationBuilder().AddJsonFile(Path.Combine(folder, "sample.json")).Build()
                .GetSection(EdgeOptions.Section).Bind(options);

            var compiled = MappingCompiler.Compile(options.Mappings, new PayloadFormats(), out var errors);

            Assert.Empty(errors);
            Assert.NotEmpty(compiled);
        }
    }
}
