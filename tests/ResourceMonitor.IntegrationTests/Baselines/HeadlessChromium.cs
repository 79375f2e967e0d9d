using System.Diagnostics;
using ResourceMonitor.IntegrationTests.Infrastructure;

namespace ResourceMonitor.IntegrationTests.Baselines;

/// <summary>Debian's <c>chromium</c> in headless mode: renders a local page, dumps its DOM and takes a screenshot.</summary>
public static class HeadlessChromium
{
    public static string Binary => RequiredService.Find("chromium", "chromium", "/usr/bin/chromium");

    /// <summary>The flags every headless run here uses: no sandbox (root in CI), no GPU, no network of its own, its own profile.</summary>
    public static IReadOnlyList<string> CommonArguments(string profileDirectory) =>
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", "--hide-scrollbars",
        $"--user-data-dir={profileDirectory}",
    ];

    /// <summary>Renders <paramref name="page"/>; returns the DOM after load and chromium's log (stderr).</summary>
    public static async Task<(string Dom, string Log)> RenderAsync(string page, string screenshotPath)
    {
        var profile = Directory.CreateTempSubdirectory("rm-chromium-");
        try
        {
            var start = new ProcessStartInfo(Binary)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in CommonArguments(profile.FullName).Concat(["--window-size=1100,2600", $"--screenshot={screenshotPath}", "--dump-dom", new Uri(page).AbsoluteUri]))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within 90 s: {await stderr}");
            }

            return (await stdout, await stderr);
        }
        finally
        {
            try
            {
                profile.Delete(recursive: true);
            }
            catch (IOException)
            {
                // chromium may still hold a lock file for a moment; a temp directory left behind is harmless.
            }
        }
    }
}
