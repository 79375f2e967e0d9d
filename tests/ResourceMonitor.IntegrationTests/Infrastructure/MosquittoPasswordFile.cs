using System.Diagnostics;

namespace ResourceMonitor.IntegrationTests.Infrastructure;

/// <summary>Writes a Mosquitto password file with the real <c>mosquitto_passwd</c>, so the hashes are the broker's own.</summary>
public static class MosquittoPasswordFile
{
    /// <summary>Creates (or replaces) <paramref name="path"/> holding <paramref name="users"/>.</summary>
    public static async Task WriteAsync(string path, IEnumerable<(string User, string Password)> users)
    {
        var tool = RequiredService.MosquittoPasswd;
        File.Delete(path);
        await File.WriteAllTextAsync(path, string.Empty);
        foreach (var (user, password) in users)
        {
            var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-b", path, user, password })
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start mosquitto_passwd.");
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"mosquitto_passwd failed for user '{user}': {error}");
            }
        }
    }
}
